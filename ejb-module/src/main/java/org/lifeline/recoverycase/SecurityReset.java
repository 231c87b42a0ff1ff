package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.lifeline.account.Account;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.ResetApplied;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.authenticator.AuthenticatorService;
import org.lifeline.lockout.LockoutService;
import org.lifeline.recoverycode.RecoveryCodeService;

/**
 * Applies one approved reset whose waiting period is over, in a transaction of its own under the account's lock:
 * the authenticator is removed, every recovery code revoked, any lock cleared, and sensitive actions held. Safe to
 * run twice and on several nodes: a case no longer due is left alone.
 */
@Stateless
public class SecurityReset {

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @EJB
    AuthenticatorService authenticators;

    @EJB
    LockoutService lockout;

    @EJB
    RecoveryCodeService recoveryCodes;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyIfDue(String caseId) {
        var accountId = cases.accountOf(caseId);
        if (accountId == null) {
            return false;
        }
        Account account = accounts.lock(accountId);
        RecoveryCase recoveryCase = cases.find(caseId);
        Instant now = clock.instant();
        if (!recoveryCase.applyIfDue(now)) {
            return false;
        }
        // Through the capabilities' own services, so that each writes its own event to the trail.
        boolean authenticatorRemoved = authenticators.removeForReset(accountId, Actor.SYSTEM);
        if (!authenticatorRemoved) {
            recoveryCodes.revokeAll(accountId, Actor.SYSTEM);
        }
        lockout.unlock(accountId, "a security reset took effect (case " + caseId + ")", Actor.SYSTEM);
        Instant heldUntil = now.plus(settings.hold());
        account.holdSensitiveActionsUntil(heldUntil);
        events.record(accountId.value(), Actor.SYSTEM, new ResetApplied(caseId, heldUntil, authenticatorRemoved));
        return true;
    }
}
