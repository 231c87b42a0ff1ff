package org.lifeline.compliance;

import java.time.Duration;
import java.util.Map;

/** A compliance run ended: its batch status (COMPLETED, FAILED, STOPPED), how long it ran, its findings by type. */
public record AuditRunEnded(String status, Duration duration, Map<String, Long> findingsByType) {

    public AuditRunEnded {
        findingsByType = findingsByType == null ? Map.of() : Map.copyOf(findingsByType);
    }
}
