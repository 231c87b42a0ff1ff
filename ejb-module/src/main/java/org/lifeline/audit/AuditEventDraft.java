package org.lifeline.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.lifeline.shared.JsonDetails;

/**
 * What a capability says happened, before the trail seals it into a chain. The time is cut to microseconds, the
 * precision the database keeps, so that the hash computed now matches the one recomputed from the stored row.
 */
record AuditEventDraft(String accountId, AuditEventType type, Actor actor, Instant occurredAt, String details) {

    static final int MAX_DETAILS_LENGTH = 4000;

    AuditEventDraft {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (details.length() > MAX_DETAILS_LENGTH) {
            throw new IllegalArgumentException("audit details exceed " + MAX_DETAILS_LENGTH + " characters");
        }
    }

    static AuditEventDraft of(SecurityEventRecorded recorded, Instant occurredAt) {
        return new AuditEventDraft(
                recorded.accountId(),
                recorded.type(),
                recorded.actor(),
                occurredAt,
                JsonDetails.of(recorded.details()));
    }
}
