package org.lifeline.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    public void tell(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<AccountId, Account> holders = settings.emailEnabled()
                ? accounts.findAll(
                        notices.stream().map(Notice::account).distinct().toList())
                : Map.of();
        List<Notification> added = new ArrayList<>();
        for (Notice notice : notices) {
            String detailText = JsonDetails.of(notice.details());
            Account holder = holders.get(notice.account());
            if (holder != null && holder.email() != null) {
                added.add(new Notification(notice, Channel.EMAIL, holder.email(), detailText, now));
            }
            if (settings.webhookUrl().isPresent()) {
                added.add(new Notification(notice, Channel.WEBHOOK, null, detailText, now));
            }
        }
        outbox.addAll(added);
    }
}
