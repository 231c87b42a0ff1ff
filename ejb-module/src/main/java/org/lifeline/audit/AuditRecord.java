package org.lifeline.audit;

import java.time.Instant;

/** An audit entry as readers see it; {@code details} is the JSON object recorded with it. */
public record AuditRecord(
        long id,
        String accountId,
        long sequence,
        String type,
        Instant occurredAt,
        String actorSubject,
        String actorRole,
        String details,
        String previousHash,
        String hash) {

    static AuditRecord of(AuditEvent event) {
        return new AuditRecord(
                event.id(),
                event.accountId(),
                event.sequence(),
                event.type(),
                event.occurredAt(),
                event.actorSubject(),
                event.actorRole(),
                event.details(),
                event.previousHash(),
                event.hash());
    }
}
