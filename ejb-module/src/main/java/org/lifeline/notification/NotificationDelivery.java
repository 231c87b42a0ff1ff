package org.lifeline.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/** Tries one notification, in a transaction of its own: one failure never holds up the others. */
@Stateless
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @Inject
    NotificationRepository outbox;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    @Inject
    NotificationSettings settings;

    @Inject
    Instance<CaseLinks> caseLinks;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationAttempted> attempted;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(String id) {
        Notification notification = outbox.lock(id);
        if (notification == null || !notification.isDue(clock.instant())) {
            return; // another node sent it, or it is not due any more
        }
        try {
            String cancelToken = cancelTokenFor(notification);
            switch (notification.channel()) {
                case EMAIL -> email.deliver(notification, cancelToken);
                case WEBHOOK -> webhook.deliver(notification, cancelToken);
            }
            notification.delivered(clock.instant());
            attempted.fire(new NotificationAttempted(notification.channel(), notification.status()));
        } catch (DeliveryException e) {
            notification.failed(e.getMessage(), clock.instant(), settings.retries());
            attempted.fire(new NotificationAttempted(notification.channel(), notification.status()));
            LOG.warning(() -> "notification " + id + " (" + notification.channel() + ") not delivered, try "
                    + notification.attempts() + ": " + e.getMessage());
        }
    }

    /** Every notification about a case that can still be cancelled carries a fresh cancel token. */
    private String cancelTokenFor(Notification notification) {
        String caseId = NotificationText.detail(notification, "caseId");
        if (caseId == null || caseLinks.isUnsatisfied()) {
            return null;
        }
        return caseLinks.get().cancelTokenFor(caseId).orElse(null);
    }
}
