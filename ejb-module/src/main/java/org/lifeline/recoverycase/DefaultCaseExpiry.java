package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.AuditTrail;
import org.lifeline.notification.NotificationType;
import org.lifeline.notification.SecurityNotifications;

@Stateless
public class DefaultCaseExpiry implements CaseExpiry {

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    @EJB
    SecurityNotifications notifications;

    @Inject
    Clock clock;

    @Override
    public List<String> dueAfter(String after, int limit) {
        return cases.unattendedIdsAfter(after == null ? "" : after, clock.instant(), limit);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean expire(String caseId) {
        AccountId account = cases.accountOf(caseId);
        if (account == null) {
            return false;
        }
        accounts.lock(account);
        RecoveryCase recoveryCase = cases.find(caseId);
        if (!recoveryCase.expireIfUnattended(clock.instant())) {
            return false;
        }
        audit.record(account.value(), AuditEventType.RECOVERY_CASE_EXPIRED, Actor.SYSTEM, Map.of("caseId", caseId));
        notifications.notify(account, NotificationType.RECOVERY_CASE_EXPIRED, Map.of("caseId", caseId));
        return true;
    }
}
