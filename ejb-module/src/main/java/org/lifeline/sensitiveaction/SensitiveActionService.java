package org.lifeline.sensitiveaction;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.ClientInfo;
import org.lifeline.audit.Actor;

/** The step-up a platform asks for before a sensitive action. */
@Local
public interface SensitiveActionService {

    /** The longest action name: a word of {@code A-Z}, {@code 0-9} and {@code _}. */
    int MAX_ACTION_LENGTH = 64;

    /**
     * Authorizes {@code action} with a fresh TOTP code of the account's authenticator. Throws {@link HeldException}
     * (the code not evaluated, no failure counted) when the gate holds sensitive actions; otherwise the code goes
     * through the same guard, window, replay rule and failure budget as a verification (422, 429). A recovery code
     * is not accepted here.
     */
    Authorization authorize(AccountId account, String action, String code, ClientInfo client, Actor actor);
}
