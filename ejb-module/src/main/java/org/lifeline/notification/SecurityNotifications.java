package org.lifeline.notification;

import jakarta.ejb.Local;
import java.util.List;

/** Tells account holders about security events, on every channel that is on. */
@Local
public interface SecurityNotifications {

    /**
     * Puts the notifications in the outbox, in the caller's transaction: they are delivered if and only if that
     * transaction commits. The holders' addresses are read once for all of them. Details must not hold secrets or
     * codes.
     */
    void tell(List<Notice> notices);
}
