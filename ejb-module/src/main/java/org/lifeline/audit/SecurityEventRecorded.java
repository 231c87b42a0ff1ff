package org.lifeline.audit;

import java.util.Map;
import java.util.Objects;

/**
 * An event appended to the trail, with its details as stored; announced in a {@link SecurityEventsRecorded}.
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
