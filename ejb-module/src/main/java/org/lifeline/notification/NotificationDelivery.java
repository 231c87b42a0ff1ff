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
    Instance<FreezeLinks> freezeLinks;

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
            LinkToken link = linkFor(notification);
            switch (notification.channel()) {
                case EMAIL -> email.deliver(notification, link);
                case WEBHOOK -> webhook.deliver(notification, link);
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

    /**
     * Every notification about a case that can still be cancelled carries a fresh cancel token; a lost-device
     * notification, while the authenticator is still frozen, a fresh undo token.
     */
    private LinkToken linkFor(Notification notification) {
        if (notification.type() == NotificationType.DEVICE_REPORTED_LOST) {
            String authenticatorId = NotificationText.detail(notification, "authenticatorId");
            if (authenticatorId == null || freezeLinks.isUnsatisfied()) {
                return null;
            }
            return freezeLinks
                    .get()
                    .undoTokenFor(authenticatorId)
                    .map(token -> new LinkToken(LinkToken.Purpose.UNDO_FREEZE, token))
                    .orElse(null);
        }
        String caseId = NotificationText.detail(notification, "caseId");
        if (caseId == null || caseLinks.isUnsatisfied()) {
            return null;
        }
        return caseLinks
                .get()
                .cancelTokenFor(caseId)
                .map(token -> new LinkToken(LinkToken.Purpose.CANCEL_CASE, token))
                .orElse(null);
    }
}
