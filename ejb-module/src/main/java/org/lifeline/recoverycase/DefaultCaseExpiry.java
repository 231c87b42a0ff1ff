package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.AccountEvent;
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
    public int expireAll(List<String> caseIds) {
        // accounts first, then their cases, as every request that changes a case takes them
        accounts.lockAll(cases.accountsOf(caseIds));
        Instant now = clock.instant();
        List<AccountEvent> expired = new ArrayList<>();
        for (RecoveryCase recoveryCase : cases.findAll(caseIds)) {
            if (recoveryCase.expireIfUnattended(now)) {
                expired.add(new AccountEvent(recoveryCase.accountId().value(), new CaseExpired(recoveryCase.id())));
            }
        }
        events.recordAll(Actor.SYSTEM, expired);
        return expired.size();
    }
}
