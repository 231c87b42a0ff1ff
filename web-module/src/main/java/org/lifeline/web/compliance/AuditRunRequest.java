package org.lifeline.web.compliance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.lifeline.shared.InvalidRequestException;

/** The optional body of {@code POST /audit-runs}: where the new run's window starts (an ISO-8601 instant). */
public record AuditRunRequest(String since) {

    Instant sinceInstant() {
        if (since == null) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("since must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }
}
