package org.lifeline.compliance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.FlaggedForReview;
import org.lifeline.audit.SecurityEvents;

/** A HIGH finding about an account puts it under review, once per reason; the holder is told through the event. */
@ApplicationScoped
public class ReviewFlags {

    @Inject
    AccountRepository accounts;

    @EJB
    SecurityEvents events;

    void flag(FindingDraft draft, Instant now) {
        // the chunk may have read the account already (another finding's flag did): relock what it read
        Account account = accounts.find(AccountId.of(draft.accountId()));
        if (account == null
                || !accounts.relock(account).flagForReview(draft.type().name(), now)) {
            return;
        }
        events.record(
                draft.accountId(),
                Actor.SYSTEM,
                new FlaggedForReview(draft.type().name(), draft.severity().name()));
    }
}
