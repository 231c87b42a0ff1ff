package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.account.Account;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.AuditTrail;
import org.lifeline.authenticator.Authenticator;
import org.lifeline.authenticator.AuthenticatorRepository;
import org.lifeline.lockout.FailureBudget;
import org.lifeline.lockout.FailureBudgetRepository;
import org.lifeline.notification.NotificationType;
import org.lifeline.notification.SecurityNotifications;
import org.lifeline.recoverycode.RecoveryCodeService;

/**
 * Applies one approved reset whose waiting period is over, in a transaction of its own under the account's lock:
 * the authenticator is removed, every recovery code revoked, any lock cleared, and sensitive actions held. Safe to
 * run twice and on several nodes: a case no longer due is left alone.
 */
@Stateless
public class SecurityReset {

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    FailureBudgetRepository budgets;

    @EJB
    RecoveryCodeService recoveryCodes;

    @EJB
    AuditTrail audit;

    @EJB
    SecurityNotifications notifications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lifeline.recovery-cases.hold", defaultValue = "PT48H")
    String hold;

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
        Authenticator authenticator = authenticators.findByAccount(accountId);
        if (authenticator != null) {
            authenticators.remove(authenticator);
        }
        recoveryCodes.revokeAll(accountId, Actor.SYSTEM);
        FailureBudget budget = budgets.find(accountId);
        if (budget != null) {
            budget.unlock();
        }
        Instant heldUntil = now.plus(Duration.parse(hold));
        account.holdSensitiveActionsUntil(heldUntil);
        audit.record(accountId.value(), AuditEventType.RECOVERY_CASE_APPLIED, Actor.SYSTEM,
                Map.of("caseId", caseId, "sensitiveActionsBlockedUntil", heldUntil.toString(),
                        "authenticatorRemoved", String.valueOf(authenticator != null)));
        notifications.notify(accountId, NotificationType.RECOVERY_CASE_APPLIED,
                Map.of("caseId", caseId, "sensitiveActionsBlockedUntil", heldUntil.toString()));
        return true;
    }
}
