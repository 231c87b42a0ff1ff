package org.lifeline.sensitiveaction;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.Attempt;
import org.lifeline.attempt.AttemptPurpose;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.SensitiveActionAuthorized;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.authenticator.AuthenticatorRepository;
import org.lifeline.authenticator.TotpCheck;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.status.SensitiveActionGate;
import org.lifeline.status.SensitiveActions;

/**
 * Asks the gate first, outside the guard: a held step-up touches neither the budget nor the code. Then the code is
 * evaluated by the guard under the account's lock; a right one is spent (its step used, as any TOTP code) and the
 * authorization written with its event in the same transaction.
 */
@Stateless
public class DefaultSensitiveActionService implements SensitiveActionService {

    @EJB
    SensitiveActionGate gate;

    @EJB
    HeldSteps held;

    @EJB
    SecurityEvents events;

    @Inject
    CodeGuard guard;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    TotpCheck totpCheck;

    @Inject
    AuthorizationRepository authorizations;

    @Override
    public Authorization authorize(AccountId account, String action, String code, ClientInfo client, Actor actor) {
        SensitiveActions now = gate.check(account);
        if (!now.allowed()) {
            held.record(account, action, now, actor);
            throw new HeldException(now);
        }
        Attempt attempt = new Attempt(account, AttemptPurpose.STEP_UP, CodeMethod.TOTP, client, actor);
        return guard.attempt(attempt, at -> {
            CodeCheck.Result<Long> check = totpCheck.check(authenticators.findByAccount(account), code, at);
            if (!check.isAccepted()) {
                return check.refusalAs();
            }
            AuthorizationRecord granted = new AuthorizationRecord(account.value(), action, at);
            authorizations.add(granted);
            Authorization view = granted.view();
            events.record(account.value(), actor, new SensitiveActionAuthorized(view.authorizationId(), action));
            return CodeCheck.Result.accepted(view);
        });
    }
}
