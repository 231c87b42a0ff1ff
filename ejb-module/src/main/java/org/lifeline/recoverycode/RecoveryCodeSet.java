package org.lifeline.recoverycode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lifeline.account.AccountId;

/**
 * One generation of an account's recovery codes. At most one set of an account is live; a new one revokes the old
 * in the same transaction. Once any of its codes is used, the owner must regenerate.
 */
@Entity
@Table(name = "recovery_code_set")
@NamedQuery(
        name = "RecoveryCodeSet.findLive",
        query = "select s from RecoveryCodeSet s where s.accountId = :accountId and s.revokedAt is null")
public class RecoveryCodeSet {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    @Column(name = "total", nullable = false, updatable = false)
    private int total;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    /** Codes of the set not used yet: kept by every use, so that an answer needs no count. */
    @Column(name = "unused_codes", nullable = false)
    private int unused;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RecoveryCodeSet() {}

    RecoveryCodeSet(AccountId account, int total, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = account.value();
        this.total = total;
        this.unused = total;
        this.generatedAt = now;
    }

    /** One of the set's codes was used (its conditional update won): one fewer left. */
    void recordUse(Instant now) {
        lastUsedAt = now;
        unused = Math.max(0, unused - 1);
    }

    public int unused() {
        return unused;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    /** A used code means the sheet was needed: NIST SP 800-63B-4 asks for a fresh set. */
    public boolean mustRegenerate() {
        return lastUsedAt != null;
    }

    public String id() {
        return id;
    }

    public int total() {
        return total;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }
}
