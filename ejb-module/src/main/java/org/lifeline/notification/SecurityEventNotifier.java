package org.lifeline.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.lifeline.account.AccountId;
import org.lifeline.audit.SecurityEventRecorded;

/**
 * Hears every recorded security event inside its transaction and puts the notifications the table calls for in
 * the outbox, so they are delivered if and only if the event is committed. Events of the system chain concern no
 * owner and are not told.
 */
@ApplicationScoped
public class SecurityEventNotifier {

    @EJB
    SecurityNotifications outbox;

    void recorded(@Observes SecurityEventRecorded recorded) {
        if (recorded.accountId() == null) {
            return;
        }
        for (NotificationType type : NotificationTable.callFor(recorded.event())) {
            outbox.notify(AccountId.of(recorded.accountId()), type, recorded.details());
        }
    }
}
