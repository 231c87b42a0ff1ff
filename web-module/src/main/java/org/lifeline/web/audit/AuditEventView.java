package org.lifeline.web.audit;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lifeline.audit.AuditRecord;

/** An audit event as the API shows it, with its details as a JSON object. */
public record AuditEventView(
        long id,
        @Schema(nullable = true) String accountId,
        long sequence,
        String type,
        Instant occurredAt,
        ActorView actor,
        JsonObject details,
        @Schema(nullable = true) String previousHash,
        String hash) {

    public record ActorView(@Schema(nullable = true) String subject, String role) {}

    public static AuditEventView of(AuditRecord event) {
        return new AuditEventView(
                event.id(),
                event.accountId(),
                event.sequence(),
                event.type(),
                event.occurredAt(),
                new ActorView(event.actorSubject(), event.actorRole()),
                parse(event.details()),
                event.previousHash(),
                event.hash());
    }

    /** Details are written as JSON objects; a row altered into something else is shown as its raw text. */
    private static JsonObject parse(String details) {
        try (JsonReader reader = JSON.createReader(new StringReader(details))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return JSON.createObjectBuilder().add("unreadable", details).build();
        }
    }
}
