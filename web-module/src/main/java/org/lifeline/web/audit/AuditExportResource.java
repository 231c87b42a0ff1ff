package org.lifeline.web.audit;

import static org.lifeline.shared.JsonProcessing.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.Variant;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lifeline.account.AccountId;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.AuditRecord;
import org.lifeline.audit.AuditTrail;
import org.lifeline.audit.ExportFilter;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.web.Caller;
import org.lifeline.web.CsvField;
import org.lifeline.web.Roles;

/**
 * The trail for a SIEM: every entry the filter takes, in trail order, with its hash and its previous entry's, streamed
 * a page at a time (each read in a transaction of its own), so that memory stays the same whatever the range. The
 * export is itself recorded on the system chain, before the first entry is sent.
 */
@Path("/audit-log/events")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Compliance")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AuditExportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String CSV_HEADER = "id,accountId,type,occurredAt,actorSubject,actorRole,details,hash,previousHash";
    private static final int PAGE = 500;
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.valueOf(NDJSON), MediaType.valueOf(CSV))
            .build();

    @EJB
    AuditTrail audit;

    @Inject
    Caller caller;

    @Context
    Request request;

    @GET
    @Produces({NDJSON, CSV})
    @Operation(
            operationId = "exportAuditEvents",
            summary = "Export the audit trail for a SIEM: NDJSON (or CSV), in trail order, streamed",
            description = "One event a line: {id, accountId, type, occurredAt, actor: {subject, role}, details,"
                    + " hash, previousHash}. since (inclusive) and until (exclusive) are ISO-8601 instants, type an"
                    + " event type, accountId an account. Accept: text/csv gives one CSV table (a cell that would"
                    + " start a spreadsheet formula is prefixed with an apostrophe). The export is recorded as"
                    + " AUDIT_LOG_EXPORTED.")
    @APIResponse(
            responseCode = "200",
            description = "The events, streamed",
            content = {
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response export(
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("type") String type,
            @QueryParam("accountId") String accountId) {
        ExportFilter filter =
                new ExportFilter(instant("since", since), instant("until", until), type(type), account(accountId));
        Variant chosen = request.selectVariant(VARIANTS);
        boolean csv = chosen != null && CSV.equals(chosen.getMediaType().toString());
        audit.recordExport(filter, csv ? "csv" : "ndjson", caller.actingAs(Roles.AUDITOR));
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (csv) {
                writer.write(CSV_HEADER + "\r\n");
            }
            long after = 0;
            for (List<AuditRecord> page = audit.exportPage(filter, after, PAGE);
                    !page.isEmpty();
                    page = audit.exportPage(filter, after, PAGE)) {
                for (AuditRecord entry : page) {
                    writer.write(csv ? csvRow(entry) : ndjsonLine(entry));
                    after = entry.id();
                }
                writer.flush();
            }
            writer.flush();
        };
        return Response.ok(body, csv ? CSV + ";charset=UTF-8" : NDJSON).build();
    }

    private static String ndjsonLine(AuditRecord entry) {
        return JSON.createObjectBuilder()
                        .add("id", entry.id())
                        .add("accountId", entry.accountId() == null ? "" : entry.accountId())
                        .add("type", entry.type())
                        .add("occurredAt", entry.occurredAt().toString())
                        .add(
                                "actor",
                                JSON.createObjectBuilder()
                                        .add("subject", entry.actorSubject())
                                        .add("role", entry.actorRole()))
                        .add("details", details(entry.details()))
                        .add("hash", entry.hash())
                        .add("previousHash", entry.previousHash())
                        .build()
                        .toString()
                + "\n";
    }

    private static String csvRow(AuditRecord entry) {
        return String.join(
                        ",",
                        CsvField.of(String.valueOf(entry.id())),
                        CsvField.of(entry.accountId()),
                        CsvField.of(entry.type()),
                        CsvField.of(entry.occurredAt().toString()),
                        CsvField.of(entry.actorSubject()),
                        CsvField.of(entry.actorRole()),
                        CsvField.of(entry.details()),
                        CsvField.of(entry.hash()),
                        CsvField.of(entry.previousHash()))
                + "\r\n";
    }

    private static JsonObject details(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.ofField(name, "must be an ISO-8601 instant such as 2026-01-01T00:00:00Z");
        }
    }

    private static String type(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        try {
            return AuditEventType.valueOf(name).name();
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.ofField("type", "must be an audit event type such as ACCOUNT_LOCKED");
        }
    }

    private static String account(String text) {
        return text == null || text.isBlank()
                ? null
                : AccountId.of(text.strip()).value();
    }
}
