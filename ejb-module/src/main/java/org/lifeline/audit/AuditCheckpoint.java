package org.lifeline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.crypto.DigestKeys;

/**
 * The last sealed head of one chain: where the compliance job last found the chain intact. The seal is a keyed
 * MAC over the position, so rewriting earlier entries (even with recomputed hashes) or the checkpoint itself shows.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @Column(name = "chain_id", length = 140)
    private String chainId;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "entry_hash", length = 64, nullable = false)
    private String hash;

    @Column(name = "seal", length = 64, nullable = false)
    private String seal;

    /** The key the seal was made with ({@code DigestKeys}); null for the pepper's old scheme. */
    @Column(name = "seal_key_id", length = 32)
    private String sealKeyId;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected AuditCheckpoint() {}

    AuditCheckpoint(String chainId) {
        this.chainId = chainId;
    }

    void seal(long atSequence, String entryHash, DigestKeys.Keyed mac, Instant now) {
        this.sequence = atSequence;
        this.hash = entryHash;
        this.seal = mac.hex();
        this.sealKeyId = mac.keyId();
        this.sealedAt = now;
    }

    SealedPosition position() {
        return new SealedPosition(chainId, sequence, hash, seal, sealKeyId);
    }

    String chainId() {
        return chainId;
    }

    long sequence() {
        return sequence;
    }

    String hash() {
        return hash;
    }

    String seal() {
        return seal;
    }

    String sealKeyId() {
        return sealKeyId;
    }

    Instant sealedAt() {
        return sealedAt;
    }
}
