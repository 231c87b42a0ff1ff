package org.lifeline.verification;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.attempt.Credential;
import org.lifeline.audit.Actor;
import org.lifeline.recoverycode.IssuedCodes;

/** The second-factor check a platform calls at login or before a sensitive action. */
@Local
public interface VerificationService {

    /**
     * Checks the credential. Every kind of wrong answers with the same refusal; while the account is locked, even a
     * right code is refused unevaluated.
     */
    VerificationResult verify(AccountId account, Credential credential, ClientInfo client, Actor actor);

    /**
     * A new set of recovery codes for a current TOTP code of the active authenticator (step-up); the old set stops
     * working in the same transaction.
     */
    IssuedCodes regenerateRecoveryCodes(AccountId account, String code, ClientInfo client, Actor actor);
}
