package org.lifeline.audit;

import java.util.Map;
import java.util.Objects;

/**
 * An event was appended to the trail. Fired synchronously in the recording transaction: an observer of the default
 * phase (the notification table) writes in that transaction, and one of {@code AFTER_SUCCESS} (the metrics) sees
 * only committed events.
 *
 * @param accountId the account whose chain holds it, or null for the system chain
 */
public record SecurityEventRecorded(String accountId, Actor actor, SecurityEvent event, Map<String, String> details) {

    public SecurityEventRecorded {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        details = Map.copyOf(details);
    }

    /** The event with its details as the trail stores them. */
    public SecurityEventRecorded(String accountId, Actor actor, SecurityEvent event) {
        this(accountId, actor, event, event.details());
    }

    public AuditEventType type() {
        return event.type();
    }
}
