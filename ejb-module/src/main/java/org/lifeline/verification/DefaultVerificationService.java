package org.lifeline.verification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.Attempt;
import org.lifeline.attempt.AttemptPurpose;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.Credential;
import org.lifeline.audit.Actor;
import org.lifeline.authenticator.Authenticator;
import org.lifeline.authenticator.AuthenticatorRepository;
import org.lifeline.authenticator.TotpCheck;
import org.lifeline.authenticator.TotpSettings;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.recoverycode.IssuedCodes;
import org.lifeline.recoverycode.RecoveryCodeService;
import org.lifeline.recoverycode.RecoveryCodeState;
import org.lifeline.recoverycode.RecoveryCodeUse;

/**
 * TOTP codes are checked against the active authenticator; recovery codes against the live set, whatever the
 * authenticator's state (a frozen one included: that is what they are for).
 */
@Stateless
public class DefaultVerificationService implements VerificationService {

    @Inject
    CodeGuard guard;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    SecondFactorRepository secondFactors;

    @Inject
    TotpCheck totpCheck;

    @Inject
    TotpSettings settings;

    @EJB
    RecoveryCodeService recoveryCodes;

    @Override
    public VerificationResult verify(AccountId account, Credential credential, ClientInfo client, Actor actor) {
        CodeMethod method = credential.isTotp() ? CodeMethod.TOTP : CodeMethod.RECOVERY_CODE;
        Attempt attempt = new Attempt(account, AttemptPurpose.VERIFY, method, client, actor);
        return guard.attempt(attempt, now -> {
            if (method == CodeMethod.RECOVERY_CODE) {
                CodeCheck.Result<RecoveryCodeUse> use =
                        recoveryCodes.consume(account, credential.recoveryCode(), now, actor);
                if (!use.isAccepted()) {
                    return use.refusalAs();
                }
                return CodeCheck.Result.accepted(new VerificationResult(
                        true, method, use.value().remaining(), use.value().mustRegenerate()));
            }
            SecondFactors factors = secondFactors.of(account);
            CodeCheck.Result<Long> check = totpCheck.check(factors.authenticator(), credential.code(), now);
            if (!check.isAccepted()) {
                return check.refusalAs();
            }
            RecoveryCodeState codes = factors.recoveryCodes();
            return CodeCheck.Result.accepted(
                    new VerificationResult(true, method, codes.remaining(), codes.mustRegenerate()));
        });
    }

    @Override
    public IssuedCodes regenerateRecoveryCodes(AccountId account, String code, ClientInfo client, Actor actor) {
        Attempt attempt =
                new Attempt(account, AttemptPurpose.REGENERATE_RECOVERY_CODES, CodeMethod.TOTP, client, actor);
        return guard.attempt(attempt, now -> {
            Authenticator authenticator = authenticators.findByAccount(account);
            CodeCheck.Result<Long> check = totpCheck.check(authenticator, code, now);
            if (!check.isAccepted()) {
                return check.refusalAs();
            }
            IssuedCodes codes = recoveryCodes.issue(account, authenticator.label(), settings.issuer(), actor);
            return CodeCheck.Result.accepted(codes);
        });
    }
}
