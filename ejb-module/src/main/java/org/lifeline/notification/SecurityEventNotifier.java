package org.lifeline.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.audit.SecurityEventRecorded;
import org.lifeline.audit.SecurityEventsRecorded;

/**
 * Hears every recorded security event inside its transaction and puts the notifications the table calls for in
 * the outbox, so they are delivered if and only if the event is committed. Events of the system chain concern no
 * owner and are not told.
 */
@ApplicationScoped
public class SecurityEventNotifier {

    @EJB
    SecurityNotifications outbox;

    void recorded(@Observes SecurityEventsRecorded recorded) {
        List<Notice> notices = new ArrayList<>();
        for (SecurityEventRecorded each : recorded.events()) {
            if (each.accountId() == null) {
                continue;
            }
            for (NotificationType type : NotificationTable.callFor(each.event())) {
                notices.add(new Notice(AccountId.of(each.accountId()), type, each.details(), each.sequence()));
            }
        }
        outbox.tell(notices);
    }
}
