package org.lifeline.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox on every node, in two lanes that run side by side and never share a row: the urgent lane, every
 * second, sends the urgent notifications ({@link NotificationType#urgent()}); the routine lane, every five seconds,
 * the rest. A flood of routine ones (a compliance run's reminders, one account's busy loop) therefore never delays
 * another owner's "a reset of your account was requested". Each try is claimed and committed before it is sent
 * ({@link OutboxClaims}), which keeps two nodes from sending one notification twice, on one MariaDB and on Galera.
 * After each routine round it tells what is left of both ({@link OutboxBacklog}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
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

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "lifeline-notification-urgent-lane")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendUrgent() {
        deliverAll(outbox.dueIds(true, clock.instant(), BATCH));
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "lifeline-notification-routine-lane")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendRoutine() {
        deliverAll(outbox.dueIds(false, clock.instant(), BATCH));
        backlog.fire(outbox.backlog());
    }

    private void deliverAll(List<String> ids) {
        for (String id : ids) {
            try {
                delivery.deliver(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification " + id + " could not be processed", e);
            }
        }
    }
}
