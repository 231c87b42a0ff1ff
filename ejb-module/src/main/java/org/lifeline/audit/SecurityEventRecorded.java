package org.lifeline.audit;

import java.util.Map;
import java.util.Objects;

/**
 * An event appended to the trail, with its details as stored; announced in a {@link SecurityEventsRecorded}.
 *
 * @param accountId the account whose chain holds it, or null for the system chain
 * @param sequence its number in that chain once appended (what a notification of it names); 0 before
 */
public record SecurityEventRecorded(
        String accountId, Actor actor, SecurityEvent event, Map<String, String> details, long sequence) {

    public SecurityEventRecorded {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        details = Map.copyOf(details);
    }

    /** The event with its details as the trail stores them, before it is appended (sequence 0). */
    public SecurityEventRecorded(String accountId, Actor actor, SecurityEvent event) {
        this(accountId, actor, event, event.details(), 0);
    }

    /** The same event as appended: {@code sequence} is its number in its chain. */
    SecurityEventRecorded at(long sequence) {
        return new SecurityEventRecorded(accountId, actor, event, details, sequence);
    }

    public AuditEventType type() {
        return event.type();
    }
}
