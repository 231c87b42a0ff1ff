package org.lifeline.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.lifeline.shared.DatabaseOutage;

/**
 * Tries one notification: claims it ({@link OutboxClaims}, committed before anything leaves), sends it outside any
 * transaction, and records the outcome. One failure never holds up the others, and no database connection or row lock
 * is held while a mail server or a webhook answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    @EJB
    OutboxClaims claims;

    @Inject
    EmailChannel email;

    @Inject
    WebhookChannel webhook;

    public void deliver(String id) {
        Optional<OutboxClaims.Claimed> claimed;
        try {
            claimed = claims.claim(id);
        } catch (EJBException e) {
            if (DatabaseOutage.isLockContention(e)) {
                // another node's sender claimed it at the same moment (on Galera: it won the certification)
                LOG.fine(() -> "notification " + id + " claimed by another sender");
                return;
            }
            throw e;
        }
        if (claimed.isEmpty()) {
            return; // another sender has it, or it is not due any more
        }
        Notification notification = claimed.get().notification();
        try {
            switch (notification.channel()) {
                case EMAIL -> email.deliver(notification, claimed.get().link());
                case WEBHOOK -> webhook.deliver(notification, claimed.get().link());
            }
        } catch (DeliveryException e) {
            claims.failed(id, e.getMessage());
            return;
        }
        claims.delivered(id);
    }
}
