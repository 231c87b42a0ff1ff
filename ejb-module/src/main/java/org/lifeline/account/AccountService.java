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
}
