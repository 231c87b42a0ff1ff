package org.lifeline.status;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountService;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.lockout.CodeGuard;
import org.lifeline.recoverycase.CaseView;
import org.lifeline.recoverycase.RecoveryCaseService;
import org.lifeline.recoverycode.RecoveryCodeService;
import org.lifeline.shared.NotFoundException;
import org.lifeline.status.SecurityStatus.AuthenticatorState;
import org.lifeline.status.SecurityStatus.HoldState;
import org.lifeline.status.SecurityStatus.LockState;
import org.lifeline.status.SecurityStatus.OpenRecoveryCase;

/** Assembles the status from every capability: one read-only snapshot. */
@Stateless
public class DefaultSecurityStatusService implements SecurityStatusService {

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

    @Override
    public SecurityStatus statusOf(AccountId id) {
        if (!accounts.exists(id)) {
            throw new NotFoundException("no such account");
        }
        Instant lockedUntil = guard.lockedUntil(id);
        boolean barred = guard.totpBarred(id);
        return new SecurityStatus(
                id.value(),
                new AuthenticatorState(authenticators.statusOf(id).name()),
                recoveryCodes.stateOf(id),
                new LockState(
                        barred || lockedUntil != null,
                        lockedUntil == null ? 0 : guard.secondsUntil(lockedUntil),
                        barred),
                new HoldState(accounts.sensitiveActionsBlockedUntil(id)),
                openCase(id));
    }

    private OpenRecoveryCase openCase(AccountId id) {
        CaseView open = recoveryCases.openCaseOf(id);
        return open == null
                ? null
                : new OpenRecoveryCase(open.id(), open.status().name());
    }
}
