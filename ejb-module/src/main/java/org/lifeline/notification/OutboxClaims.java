package org.lifeline.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The outbox's two short transactions around a delivery. {@link #claim} takes a due notification for one sender and
 * commits before anything is sent: it moves the notification's next try {@link #LEASE} ahead, so no other sender
 * finds it due. On one MariaDB the row lock orders two claims (the second, skipping the locked row or finding it no
 * longer due, gets nothing). On MariaDB Galera row locks are local to a database node, so two nodes may both take the
 * row; the second to commit then loses Galera's certification (a deadlock error at commit) and sends nothing. Either
 * way exactly one sender owns a try. {@link #delivered} and {@link #failed} record its outcome.
 *
 * <p>A sender that dies between its claim and its record leaves the notification to be tried again when the lease
 * ends: at most one more copy, for a crash at that moment only (a notification is never lost for it).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

    /** Longer than any one try can take (the channels' timeouts are 10 s a step). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(OutboxClaims.class.getName());

    @Inject
    NotificationRepository outbox;

    @Inject
    Instance<CaseLinks> caseLinks;

    @Inject
    Instance<FreezeLinks> freezeLinks;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<NotificationAttempted> attempted;

    /**
     * The notification claimed for this sender, with the link its message carries; empty when it is not due any more
     * or another sender holds it. The link's token is minted in the same transaction: a claim lost at commit leaves
     * none behind.
     */
    public Optional<Claimed> claim(String id) {
        Notification notification = outbox.lock(id);
        if (notification == null || !notification.isDue(clock.instant())) {
            return Optional.empty();
        }
        notification.claimedUntil(clock.instant().plus(LEASE));
        return Optional.of(new Claimed(notification, linkFor(notification)));
    }

    /** The try succeeded. */
    public void delivered(String id) {
        Notification notification = outbox.lockWaiting(id);
        if (notification == null || notification.status() != DeliveryStatus.PENDING) {
            return; // recorded already, after a lease that ran out
        }
        notification.delivered(clock.instant());
        attempted.fire(new NotificationAttempted(notification.channel(), notification.status()));
    }

    /** The try failed: the next one after the backoff, or none when the retries ran out. */
    public void failed(String id, String error) {
        Notification notification = outbox.lockWaiting(id);
        if (notification == null || notification.status() != DeliveryStatus.PENDING) {
            return;
        }
        notification.failed(error, clock.instant(), settings.retries());
        attempted.fire(new NotificationAttempted(notification.channel(), notification.status()));
        LOG.warning(() -> "notification " + id + " (" + notification.channel() + ") not delivered, try "
                + notification.attempts() + ": " + error);
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

    /** A notification one sender owns until {@link #LEASE} ends, and the link its message carries (or null). */
    public record Claimed(Notification notification, LinkToken link) {}
}
