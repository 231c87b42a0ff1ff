package org.lifeline.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.authenticator.AuthenticatorStatus;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.recoverycase.RecoveryCaseService;
import org.lifeline.recoverycode.RecoveryCodeService;
import org.lifeline.shared.NotFoundException;
import org.lifeline.status.SensitiveActions.Code;
import org.lifeline.status.SensitiveActions.Reason;

/**
 * Reads each capability's state once and names every reason that holds; a read-only check in a transaction of its
 * own, apart from the caller's: a step-up asks it before the guard locks the account, and the budget it reads must not
 * sit in the step-up's persistence context when the guard locks it (it would be stale there, and fail its version
 * check). One transaction for all the reads, not one for each: without a transaction each call to another bean began
 * and ended its own, eight a check, taking a pooled connection each time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DefaultSensitiveActionGate implements SensitiveActionGate {

    @EJB
    AccountService accounts;

    @EJB
    AuthenticatorService authenticators;

    @EJB
    RecoveryCodeService recoveryCodes;

    @EJB
    RecoveryCaseService recoveryCases;

    @Inject
    CodeGuard guard;

    @Inject
    Clock clock;

    @Override
    public SensitiveActions check(AccountId id) {
        if (!accounts.exists(id)) {
            throw new NotFoundException("no such account");
        }
        Instant now = clock.instant();
        List<Reason> reasons = new ArrayList<>();
        Instant hold = accounts.sensitiveActionsBlockedUntil(id);
        if (hold != null && hold.isAfter(now)) {
            reasons.add(new Reason(Code.RESET_HOLD, hold));
        }
        if (recoveryCodes.stateOf(id).mustRegenerate()) {
            reasons.add(new Reason(Code.RECOVERY_CODES_MUST_REGENERATE, null));
        }
        AuthenticatorStatus authenticator = authenticators.statusOf(id);
        if (authenticator == AuthenticatorStatus.FROZEN) {
            reasons.add(new Reason(Code.AUTHENTICATOR_FROZEN, null));
        }
        if (authenticator != AuthenticatorStatus.ACTIVE) {
            reasons.add(new Reason(Code.NO_SECOND_FACTOR, null));
        }
        Instant lockedUntil = guard.lockedUntil(id);
        if (guard.totpBarred(id)) {
            reasons.add(new Reason(Code.ACCOUNT_LOCKED, null));
        } else if (lockedUntil != null) {
            reasons.add(new Reason(Code.ACCOUNT_LOCKED, lockedUntil));
        }
        if (recoveryCases.hasOpenCase(id)) {
            reasons.add(new Reason(Code.RECOVERY_CASE_OPEN, null));
        }
        if (accounts.underReviewSince(id) != null) {
            reasons.add(new Reason(Code.UNDER_REVIEW, null));
        }
        return SensitiveActions.of(reasons);
    }
}
