package org.lifeline.audit;

import java.util.Map;

/**
 * An event was appended to the trail. Fired in the recording transaction; observers see it after the commit, so a
 * rolled-back event is never counted. {@code details} are the event's own (never a secret: the trail holds none).
 */
public record SecurityEventRecorded(AuditEventType type, Map<String, String> details) {

    public SecurityEventRecorded {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
