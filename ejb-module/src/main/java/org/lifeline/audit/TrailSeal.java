package org.lifeline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.crypto.DigestKeys;

/**
 * The seal over every checkpoint together (one row): their {@link TrailTotals} under a MAC. Each chunk of the trail
 * check moves it in the transaction that moves its checkpoints, so outside a transaction the checkpoints always add
 * up to it. When they do not, a checkpoint vanished or was put back (or the seal itself was altered): the trail is
 * broken, and nothing more is sealed until the checkpoints are restored or an auditor accepts the trail as it stands.
 */
@Entity
@Table(name = "audit_trail_seal")
public class TrailSeal {

    static final int ID = 1;

    /** The subject of what the seal finds: the trail as a whole, not one chain. */
    public static final String SUBJECT = "~audit-trail";

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "checkpoints", nullable = false)
    private long checkpoints;

    @Column(name = "sequence_sum", nullable = false)
    private long sequenceSum;

    @Column(name = "seals_digest", length = 64)
    private String sealsDigest;

    @Column(name = "mac", length = 64)
    private String mac;

    /** The key the MAC was made with ({@code DigestKeys}); null for the pepper's old scheme. */
    @Column(name = "key_id", length = 32)
    private String keyId;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Column(name = "broken_at")
    private Instant brokenAt;

    protected TrailSeal() {}

    TrailTotals totals() {
        return new TrailTotals(checkpoints, sequenceSum, sealsDigest);
    }

    /** False until the first run sealed the checkpoints there were. */
    boolean started() {
        return mac != null;
    }

    String mac() {
        return mac;
    }

    String keyId() {
        return keyId;
    }

    Instant sealedAt() {
        return sealedAt;
    }

    /** Since when the checkpoints have not added up to the seal; null while they do. */
    Instant brokenAt() {
        return brokenAt;
    }

    void seal(TrailTotals totals, DigestKeys.Keyed newMac, Instant now) {
        checkpoints = totals.checkpoints();
        sequenceSum = totals.sequenceSum();
        sealsDigest = totals.sealsDigest();
        mac = newMac.hex();
        keyId = newMac.keyId();
        sealedAt = now;
    }

    void broken(Instant now) {
        if (brokenAt == null) {
            brokenAt = now;
        }
    }

    /** The checkpoints add up to the seal again (restored from a backup, or accepted as they stand). */
    void mended() {
        brokenAt = null;
    }
}
