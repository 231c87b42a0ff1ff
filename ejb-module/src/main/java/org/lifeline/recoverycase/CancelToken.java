package org.lifeline.recoverycase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.crypto.DigestKeys;

/**
 * A single-use token that cancels one case without signing in, as sent in notifications. Only its keyed digest is
 * stored; it dies when used, when it expires (with the waiting period), or when the case closes.
 */
@Entity
@Table(name = "recovery_case_cancel_token")
@NamedQuery(
        name = "CancelToken.use",
        query = "update CancelToken t set t.usedAt = :now"
                + " where t.digest in :digests and t.usedAt is null and t.expiresAt > :now")
@NamedQuery(name = "CancelToken.caseOf", query = "select t.caseId from CancelToken t where t.digest in :digests")
public class CancelToken {

    @Id
    @Column(name = "digest", length = 64)
    private String digest;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** The key the digest was made with ({@code DigestKeys}); null for the pepper's old scheme. */
    @Column(name = "key_id", length = 32, updatable = false)
    private String keyId;

    @Column(name = "used_at")
    private Instant usedAt;

    protected CancelToken() {}

    CancelToken(DigestKeys.Keyed digest, String caseId, Instant expiresAt) {
        this.digest = digest.hex();
        this.keyId = digest.keyId();
        this.caseId = caseId;
        this.expiresAt = expiresAt;
    }

    public String caseId() {
        return caseId;
    }
}
