package org.lifeline.verification;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.lockout.ClientInfo;
import org.lifeline.lockout.Credential;

/** The second-factor check a platform calls at login or before a sensitive action. */
@Local
public interface VerificationService {

    /**
     * Checks the credential. Every kind of wrong answers with the same refusal; while the account is locked, even a
     * right code is refused unevaluated.
     */
    VerificationResult verify(AccountId account, Credential credential, ClientInfo client, Actor actor);
}
