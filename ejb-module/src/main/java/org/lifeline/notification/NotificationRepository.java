package org.lifeline.notification;

import java.time.Instant;
import java.util.List;

/** The outbox. */
public interface NotificationRepository {

    /** Puts new notifications in the outbox, in one batch. */
    void addAll(List<Notification> notifications);

    /** Ids of notifications due for a try, oldest first. */
    List<String> dueIds(Instant now, int limit);

    /** The notification, locked until the transaction ends, so that two senders never deliver it twice. */
    Notification lock(String id);

    /** What is not delivered yet: one indexed read of the PENDING rows, not of the whole outbox. */
    OutboxBacklog backlog();
}
