package org.lifeline.notification;

import java.time.Instant;
import java.util.List;

/** The outbox. */
public interface NotificationRepository {

    /** Puts new notifications in the outbox, in one batch. */
    void addAll(List<Notification> notifications);

    /** Ids of the urgent (or the routine) notifications due for a try, oldest first. */
    List<String> dueIds(boolean urgent, Instant now, int limit);

    /**
     * The notification, locked until the transaction ends, so that two senders never deliver it twice; null when
     * there is none, or when another sender holds it (skipped, not waited for, where the database can).
     */
    Notification lock(String id);

    /** The notification, locked until the transaction ends, waiting for another sender's lock; null when none. */
    Notification lockWaiting(String id);

    /** What is not delivered yet: one indexed read of the PENDING rows, not of the whole outbox. */
    OutboxBacklog backlog();
}
