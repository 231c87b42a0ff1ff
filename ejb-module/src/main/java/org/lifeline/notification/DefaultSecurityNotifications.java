package org.lifeline.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.shared.JsonDetails;

@Stateless
public class DefaultSecurityNotifications implements SecurityNotifications {

    @Inject
    NotificationRepository outbox;

    @Inject
    AccountRepository accounts;

    @Inject
    NotificationSettings settings;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void notify(AccountId id, NotificationType type, Map<String, String> details) {
        Instant now = clock.instant();
        String detailText = JsonDetails.of(details);
        Account account = accounts.find(id);
        if (settings.emailEnabled() && account != null && account.email() != null) {
            outbox.add(new Notification(id, type, Channel.EMAIL, account.email(), detailText, now));
        }
        if (settings.webhookUrl().isPresent()) {
            outbox.add(new Notification(id, type, Channel.WEBHOOK, null, detailText, now));
        }
    }
}
