package org.lifeline.notification;

import java.util.Map;
import java.util.Objects;
import org.lifeline.account.AccountId;

/**
 * What an account holder is to be told: a notification of this type with these details, on every channel on; about
 * the event of number {@code eventSequence} in the account's audit chain.
 */
public record Notice(AccountId account, NotificationType type, Map<String, String> details, long eventSequence) {

    public Notice {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        details = Map.copyOf(details);
    }
}
