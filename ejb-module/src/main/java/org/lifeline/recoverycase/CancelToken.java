package org.lifeline.recoverycase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use token that cancels one case without signing in, as sent in notifications. Only its keyed digest is
 * stored; it dies when used, when it expires (with the waiting period), or when the case closes.
 */
@Entity
@Table(name = "recovery_case_cancel_token")
@NamedQuery(
        name = "CancelToken.use",
        query = "update CancelToken t set t.usedAt = :now"
                + " where t.digest = :digest and t.usedAt is null and t.expiresAt > :now")
public class CancelToken {

    @Id
    @Column(name = "digest", length = 64)
    private String digest;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected CancelToken() {}

    CancelToken(String digest, String caseId, Instant expiresAt) {
        this.digest = digest;
        this.caseId = caseId;
        this.expiresAt = expiresAt;
    }

    public String caseId() {
        return caseId;
    }
}
