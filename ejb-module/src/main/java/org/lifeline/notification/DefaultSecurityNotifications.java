package org.lifeline.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;

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
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details).forEach(json::add);
        String detailText = json.build().toString();
        Account account = accounts.find(id);
        if (settings.emailEnabled() && account != null && account.email() != null) {
            outbox.add(new Notification(id, type, Channel.EMAIL, account.email(), detailText, now));
        }
        if (settings.webhookUrl().isPresent()) {
            outbox.add(new Notification(id, type, Channel.WEBHOOK, null, detailText, now));
        }
    }
}
