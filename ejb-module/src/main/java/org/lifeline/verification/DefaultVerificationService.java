package org.lifeline.verification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;
import org.lifeline.authenticator.AuthenticatorRepository;
import org.lifeline.authenticator.TotpCheck;
import org.lifeline.lockout.Attempt;
import org.lifeline.lockout.AttemptPurpose;
import org.lifeline.lockout.ClientInfo;
import org.lifeline.lockout.CodeCheck;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.lockout.CodeMethod;
import org.lifeline.lockout.Credential;
import org.lifeline.lockout.FailureReason;

/**
 * TOTP codes are checked against the active authenticator. Recovery codes are not issued yet (they come with the
 * recovery-codes capability), so every recovery code is, for now, one the account never had.
 */
@Stateless
public class DefaultVerificationService implements VerificationService {

    @Inject
    CodeGuard guard;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    TotpCheck totpCheck;

    @Override
    public VerificationResult verify(AccountId account, Credential credential, ClientInfo client, Actor actor) {
        CodeMethod method = credential.isTotp() ? CodeMethod.TOTP : CodeMethod.RECOVERY_CODE;
        Attempt attempt = new Attempt(account, AttemptPurpose.VERIFY, method, client, actor);
        return guard.attempt(attempt, now -> {
            if (method == CodeMethod.RECOVERY_CODE) {
                return CodeCheck.Result.refused(FailureReason.UNKNOWN_RECOVERY_CODE);
            }
            CodeCheck.Result<Long> check = totpCheck.check(authenticators.findByAccount(account), credential.code(), now);
            return check.isAccepted()
                    ? CodeCheck.Result.accepted(new VerificationResult(true, CodeMethod.TOTP, 0, false))
                    : CodeCheck.Result.refused(check.refusal());
        });
    }
}
