package org.lifeline.audit;

import java.util.Objects;

/**
 * An event was appended to the trail. Fired synchronously in the recording transaction: an observer of the default
 * phase (the notification table) writes in that transaction, and one of {@code AFTER_SUCCESS} (the metrics) sees
 * only committed events.
 *
 * @param accountId the account whose chain holds it, or null for the system chain
 */
public record SecurityEventRecorded(String accountId, Actor actor, SecurityEvent event) {

    public SecurityEventRecorded {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
    }

    public AuditEventType type() {
        return event.type();
    }
}
