package org.lifeline.account;

import jakarta.ejb.Local;
import java.time.Instant;
import org.lifeline.audit.Actor;

/** Creating accounts on first use and keeping their profile. */
@Local
public interface AccountService {

    /**
     * Makes sure the account exists, creating it with the standard tier when it does not (first use). A valid
     * address from the caller's token fills a missing contact address; {@code tokenEmail} may be null.
     */
    void ensureExists(AccountId id, String tokenEmail, Actor actor);

    /** Sets the contact address (null removes it) and risk tier, creating the account if needed. */
    ProfileChange putProfile(AccountId id, String email, RiskTier riskTier, Actor actor);

    boolean exists(AccountId id);

    /** Until when sensitive actions are held after a security reset; null when they are not. */
    Instant sensitiveActionsBlockedUntil(AccountId id);

    /** Since when a HIGH finding has the account under review, support not having cleared it; null when it has not. */
    Instant underReviewSince(AccountId id);

    /**
     * Support clears the account's review: sensitive actions are no longer held for it. Records
     * {@code REVIEW_CLEARED} with the note and the reason that was cleared (none, when the account was not under
     * review). Not found for an unknown account; forbidden on the agent's own account.
     */
    void clearReview(AccountId id, String note, Actor agent);
}
