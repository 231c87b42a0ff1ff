package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.account.EmailAddress;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.AuditTrail;
import org.lifeline.notification.NotificationType;
import org.lifeline.notification.SecurityNotifications;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

@Stateless
public class DefaultRecoveryCaseService implements RecoveryCaseService {

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

    @Inject
    @ConfigProperty(name = "lifeline.recovery-cases.unattended-expiry", defaultValue = "P14D")
    String unattendedExpiry;

    @Override
    public CaseView open(AccountId account, CaseReason reason, String description, String contactEmail, Actor actor) {
        if (reason == null) {
            throw new InvalidRequestException("reason is required: LOST_DEVICE, STOLEN_DEVICE, DEVICE_RESET or OTHER");
        }
        if (description == null || description.isBlank() || description.length() > RecoveryCase.MAX_DESCRIPTION_LENGTH) {
            throw new InvalidRequestException("description is required, at most "
                    + RecoveryCase.MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (!EmailAddress.isValid(contactEmail)) {
            throw new InvalidRequestException("contactEmail must be an address such as name@example.org");
        }
        if (accounts.lock(account) == null) {
            throw new NotFoundException("no such account");
        }
        RecoveryCase open = cases.findOpen(account);
        if (open != null) {
            throw new ConflictException("the account already has an open recovery case (" + open.status() + ")");
        }
        Instant now = clock.instant();
        RecoveryCase opened = new RecoveryCase(account, reason, description.strip(), contactEmail, now,
                Duration.parse(unattendedExpiry), actor.role());
        cases.addNow(opened);
        audit.record(account.value(), AuditEventType.RECOVERY_CASE_OPENED, actor,
                Map.of("caseId", opened.id(), "reason", reason.name()));
        notifications.notify(account, NotificationType.RECOVERY_CASE_OPENED, Map.of("caseId", opened.id()));
        return CaseView.of(opened);
    }

    @Override
    public CaseView ownCase(AccountId account, String caseId) {
        return CaseView.of(owned(account, caseId));
    }

    @Override
    public CaseView cancel(AccountId account, String caseId, Actor actor) {
        accounts.lock(account);
        RecoveryCase recoveryCase = owned(account, caseId);
        CaseStatus before = recoveryCase.status();
        recoveryCase.cancel(clock.instant(), actor.role());
        audit.record(account.value(), AuditEventType.RECOVERY_CASE_CANCELLED, actor,
                Map.of("caseId", recoveryCase.id(), "from", before.name()));
        notifications.notify(account, NotificationType.RECOVERY_CASE_CANCELLED, Map.of("caseId", recoveryCase.id()));
        return CaseView.of(recoveryCase);
    }

    @Override
    public CaseView openCaseOf(AccountId account) {
        RecoveryCase open = cases.findOpen(account);
        return open == null ? null : CaseView.of(open);
    }

    @Override
    public Page<CaseView> list(CaseStatus status, PageRequest page) {
        return Page.of(cases.findPage(status, page.offset(), page.size()).stream().map(CaseView::of).toList(), page,
                cases.count(status));
    }

    @Override
    public CaseView get(String caseId) {
        RecoveryCase recoveryCase = cases.find(caseId);
        if (recoveryCase == null) {
            throw new NotFoundException("no such recovery case");
        }
        return CaseView.of(recoveryCase);
    }

    /** The case if it is this account's; another account's case is not found, exactly like one that never was. */
    private RecoveryCase owned(AccountId account, String caseId) {
        RecoveryCase recoveryCase = cases.find(caseId);
        if (recoveryCase == null || !recoveryCase.accountId().equals(account)) {
            throw new NotFoundException("no such recovery case");
        }
        return recoveryCase;
    }
}
