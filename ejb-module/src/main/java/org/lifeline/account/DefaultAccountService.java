package org.lifeline.account;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AccountProfileChanged;
import org.lifeline.audit.SecurityEvent.ReviewCleared;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.shared.ForbiddenException;
import org.lifeline.shared.NotFoundException;

@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    AccountRepository accounts;

    @EJB
    AccountOpening opening;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    public void ensureExists(AccountId id, String tokenEmail, Actor actor) {
        Account account = accounts.find(id);
        if (account == null) {
            openOrJoin(id, EmailAddress.isValid(tokenEmail) ? tokenEmail : null, RiskTier.STANDARD, actor);
        } else if (account.email() == null && EmailAddress.isValid(tokenEmail)) {
            accounts.relock(account);
            if (account.adoptEmailIfMissing(tokenEmail, clock.instant())) {
                events.record(id.value(), actor, new AccountProfileChanged("from token", null));
            }
        }
    }

    @Override
    public ProfileChange putProfile(AccountId id, String email, RiskTier riskTier, Actor actor) {
        Account account = accounts.lock(id);
        if (account == null) {
            if (openOrJoin(id, email, riskTier, actor)) {
                return new ProfileChange(AccountProfile.of(accounts.find(id)), true);
            }
            account = accounts.relock(accounts.find(id));
        }
        account.changeProfile(email, riskTier, clock.instant())
                .ifPresent(changed -> events.record(id.value(), actor, changed));
        return new ProfileChange(AccountProfile.of(account), false);
    }

    @Override
    public boolean exists(AccountId id) {
        return accounts.find(id) != null;
    }

    @Override
    public Instant sensitiveActionsBlockedUntil(AccountId id) {
        Account account = accounts.find(id);
        return account == null ? null : account.sensitiveActionsBlockedAt(clock.instant());
    }

    @Override
    public Instant underReviewSince(AccountId id) {
        Account account = accounts.find(id);
        return account == null ? null : account.reviewFlaggedAt();
    }

    @Override
    public void clearReview(AccountId id, String note, Actor agent) {
        if (agent.holds(id.value())) {
            throw new ForbiddenException("an agent never clears a review of their own account");
        }
        Account account = accounts.lock(id);
        if (account == null) {
            throw new NotFoundException("no such account");
        }
        String cleared = account.clearReview(clock.instant());
        events.record(id.value(), agent, new ReviewCleared(cleared == null ? "none" : cleared, note.strip()));
    }

    /** Opens the account; false when a concurrent request opened it first. */
    private boolean openOrJoin(AccountId id, String email, RiskTier riskTier, Actor actor) {
        try {
            opening.open(id, email, riskTier, actor);
            return true;
        } catch (EJBException lostRace) {
            if (accounts.find(id) == null) {
                throw lostRace;
            }
            return false;
        }
    }
}
