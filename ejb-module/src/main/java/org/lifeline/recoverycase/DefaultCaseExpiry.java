package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.CaseExpired;
import org.lifeline.audit.SecurityEvents;

@Stateless
public class DefaultCaseExpiry implements CaseExpiry {

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @EJB
    SecurityEvents events;

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
        events.record(account.value(), Actor.SYSTEM, new CaseExpired(caseId));
        return true;
    }
}
