package org.lifeline.audit;

import java.util.Objects;

/** An event to record on an account's chain, one of several recorded together. */
public record AccountEvent(String accountId, SecurityEvent event) {

    public AccountEvent {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(event, "event");
    }
}
