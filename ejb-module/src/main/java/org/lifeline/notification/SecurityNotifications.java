package org.lifeline.notification;

import jakarta.ejb.Local;
import java.util.Map;
import org.lifeline.account.AccountId;

/** Tells an account holder about a security event, on every channel that is on. */
@Local
public interface SecurityNotifications {

    /**
     * Puts the notification in the outbox, in the caller's transaction: it is delivered if and only if that
     * transaction commits. Details must not hold secrets or codes.
     */
    void notify(AccountId account, NotificationType type, Map<String, String> details);
}
