package org.lifeline.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox every few seconds on every node; the row lock in {@link NotificationDelivery} keeps two nodes
 * from sending one notification twice. After each round it tells what is left ({@link OutboxBacklog}).
 */
@Singleton
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    NotificationRepository outbox;

    @EJB
    NotificationDelivery delivery;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxBacklog> backlog;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "lifeline-notification-sender")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        for (String id : outbox.dueIds(clock.instant(), BATCH)) {
            try {
                delivery.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification " + id + " could not be processed", e);
            }
        }
        backlog.fire(outbox.backlog());
    }
}
