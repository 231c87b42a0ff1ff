package org.lifeline.recoverycode;

import jakarta.ejb.Local;
import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.audit.Actor;

/**
 * Issuing, consuming and revoking an account's recovery codes. Each runs inside the caller's transaction (the one
 * that confirms an authenticator, checks a code, or removes it), so codes are born and die with what causes it.
 */
@Local
public interface RecoveryCodeService {

    /**
     * A new set; any live set is revoked in the same transaction. {@code accountName} and {@code issuer} label the
     * sheet the owner downloads.
     */
    IssuedCodes issue(AccountId account, String accountName, String issuer, Actor actor);

    /**
     * Uses a code: accepted once, with one conditional update; a code the account once had (used, or from a
     * replaced set) is refused as a reuse, anything else as unknown. For use inside the code guard.
     */
    CodeCheck.Result<RecoveryCodeUse> consume(AccountId account, String typed, Instant now, Actor actor);

    /** Revokes the live set, if any (the authenticator was removed or reset). */
    void revokeAll(AccountId account, Actor actor);

    RecoveryCodeState stateOf(AccountId account);
}
