package org.lifeline.authenticator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.crypto.DigestKeys;

/**
 * A single-use token that lifts a lost-device freeze, with a right code of the app, as sent in the freeze's
 * notification. Only its keyed digest is stored; it dies when used or when it expires.
 */
@Entity
@Table(name = "authenticator_undo_token")
@NamedQuery(
        name = "FreezeUndoToken.findLive",
        query =
                "select t from FreezeUndoToken t where t.digest in :digests and t.usedAt is null and t.expiresAt > :now")
@NamedQuery(
        name = "FreezeUndoToken.use",
        query = "update FreezeUndoToken t set t.usedAt = :now"
                + " where t.digest in :digests and t.usedAt is null and t.expiresAt > :now")
public class FreezeUndoToken {

    @Id
    @Column(name = "digest", length = 64)
    private String digest;

    @Column(name = "authenticator_id", length = 36, nullable = false, updatable = false)
    private String authenticatorId;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** The key the digest was made with ({@code DigestKeys}). */
    @Column(name = "key_id", length = 32, updatable = false)
    private String keyId;

    @Column(name = "used_at")
    private Instant usedAt;

    protected FreezeUndoToken() {}

    FreezeUndoToken(DigestKeys.Keyed digest, String authenticatorId, AccountId account, Instant expiresAt) {
        this.digest = digest.hex();
        this.keyId = digest.keyId();
        this.authenticatorId = authenticatorId;
        this.accountId = account.value();
        this.expiresAt = expiresAt;
    }

    public String authenticatorId() {
        return authenticatorId;
    }

    public AccountId accountId() {
        return AccountId.of(accountId);
    }
}
