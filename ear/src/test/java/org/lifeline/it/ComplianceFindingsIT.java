package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compliance job's findings: accounts seeded with one known anomaly of every kind give exactly the expected
 * findings, severities, flags and reminders; a second run sends no reminder twice; the report adds up and its CSV
 * parses.
 */
class ComplianceFindingsIT extends DeployedEarTest {

    private AuditRuns runs;
    private String auditor;

    @BeforeEach
    void auditor() {
        runs = new AuditRuns(api);
        auditor = Tokens.forSubject("auditor-1", "auditor");
    }

    @Test
    void seededAnomaliesGiveExactlyTheExpectedFindings() throws IOException {
        Instant since = Instant.now().minusSeconds(2);
        Map<String, String> expected = new HashMap<>();

        String brute = Tokens.newAccountId("brute");
        refusedAttempts(brute, "192.0.2.10", 12);
        expected.put("BRUTE_FORCE " + brute, "MEDIUM");

        String sprayer = "2001:db8::" + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff) + ":"
                + Integer.toHexString(UUID.randomUUID().hashCode() & 0xffff);
        for (int i = 0; i < 5; i++) {
            refusedAttempts(Tokens.newAccountId("sprayed"), sprayer, 1);
        }
        expected.put("SPRAYING " + sprayer, "HIGH");

        String replayer = Tokens.newAccountId("replay");
        String replayerToken = Tokens.forSubject(replayer, "user");
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = Flows.enrollAndConfirm(api, replayerToken, step);
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", replayerToken, Flows.code(app.codeAt(step)))
                        .status());
        expected.put("TOTP_REPLAY " + replayer, "MEDIUM");

        String leaked = Tokens.newAccountId("leaked-sheet");
        String leakedToken = Tokens.forSubject(leaked, "user");
        String code = confirmWithCodes(leakedToken).get(0);
        String body = "{\"recoveryCode\":\"" + code + "\"}";
        assertEquals(
                200, api.post("/api/v1/me/verifications", leakedToken, body).status());
        assertEquals(
                422, api.post("/api/v1/me/verifications", leakedToken, body).status());
        expected.put("RECOVERY_CODE_REUSE " + leaked, "HIGH");
        expected.put("RECOVERY_CODE_WHILE_TOTP_IN_USE " + leaked, "MEDIUM");

        // The recency (24 hours by default) counts from the last right TOTP code before the recovery code, and
        // reaches back before the window.
        Duration recency = Duration.ofHours(24);
        String withinRecency = Tokens.newAccountId("sheet-within-recency");
        successes(withinRecency, "TOTP", Instant.now().minus(recency).plusSeconds(60));
        successes(withinRecency, "RECOVERY_CODE", Instant.now());
        expected.put("RECOVERY_CODE_WHILE_TOTP_IN_USE " + withinRecency, "MEDIUM");
        String pastRecency = Tokens.newAccountId("sheet-past-recency");
        successes(pastRecency, "TOTP", Instant.now().minus(recency).minusSeconds(60));
        successes(pastRecency, "RECOVERY_CODE", Instant.now());
        String sheetFirst = Tokens.newAccountId("sheet-before-app");
        successes(sheetFirst, "RECOVERY_CODE", Instant.now());
        successes(sheetFirst, "TOTP", Instant.now().plusMillis(5));

        byte[] document = Multipart.pdf(UUID.randomUUID().toString());
        String firstClaimant = Tokens.newAccountId("claimant");
        String secondClaimant = Tokens.newAccountId("claimant");
        caseWithEvidence(firstClaimant, document);
        caseWithEvidence(secondClaimant, document);
        expected.put("SHARED_EVIDENCE " + firstClaimant, "HIGH");
        expected.put("SHARED_EVIDENCE " + secondClaimant, "HIGH");

        Instant now = Instant.now();
        String exhausted = enrolled("exhausted");
        useCodes(exhausted, 10, now);
        expected.put("NO_CODES_LEFT " + exhausted, "MEDIUM");
        String running = enrolled("running-low");
        useCodes(running, 7, now.minus(Duration.ofDays(8)));
        expected.put("FEW_CODES_LEFT " + running, "LOW");
        expected.put("REGENERATION_OVERDUE " + running, "MEDIUM");
        String forgotten = enrolled("forgotten-sheet");
        Database.update(
                "UPDATE recovery_code_set SET generated_at = ? WHERE account_id = ?",
                Database.utc(now.minus(Duration.ofDays(400))),
                forgotten);
        expected.put("CODES_UNCHECKED " + forgotten, "LOW");
        String orphaned = enrolled("orphaned-codes");
        Database.update("UPDATE authenticator SET status = 'PENDING' WHERE account_id = ?", orphaned);
        expected.put("CODES_WITHOUT_AUTHENTICATOR " + orphaned, "HIGH");

        String tampered = Tokens.newAccountId("tampered-trail");
        String tamperedToken = Tokens.forSubject(tampered, "user");
        assertEquals(200, api.get("/api/v1/me/security", tamperedToken).status());

        List<String> seeded = List.of(
                withinRecency,
                pastRecency,
                sheetFirst,
                brute,
                sprayer,
                replayer,
                leaked,
                firstClaimant,
                secondClaimant,
                exhausted,
                running,
                forgotten,
                orphaned,
                tampered);

        JsonObject first = runs.completed(since);
        long firstId = first.getJsonNumber("runId").longValue();
        assertEquals(expected, only(seeded, runs.findings(firstId)));
        for (String account : List.of(leaked, firstClaimant, secondClaimant, orphaned)) {
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM account WHERE id = ? AND review_flagged_at IS NOT NULL", account),
                    account + " is flagged for review");
            assertEquals(1, events(account, "ACCOUNT_FLAGGED_FOR_REVIEW"), account);
            assertEquals(1, notifications(account, "ACCOUNT_UNDER_REVIEW"), account);
        }
        assertEquals(
                0,
                Database.count("SELECT COUNT(*) FROM account WHERE id = ? AND review_flagged_at IS NOT NULL", brute),
                "a MEDIUM finding flags nothing");
        assertEquals(1, notifications(exhausted, "RECOVERY_CODES_EXHAUSTED"));
        assertEquals(1, notifications(running, "RECOVERY_CODES_LOW"));
        assertEquals(1, notifications(running, "RECOVERY_CODES_REGENERATION_DUE"));
        assertEquals(1, notifications(forgotten, "RECOVERY_CODES_CHECKUP"));
        assertEquals(0, notifications(orphaned, "RECOVERY_CODES_LOW"), "an integrity finding is for staff");

        // Someone rewrites the entry the first run sealed, and the account writes on: the next run notices.
        long sealed = Database.count("SELECT sequence_no FROM audit_checkpoint WHERE chain_id = ?", tampered);
        String original = Database.string(
                "SELECT details FROM audit_event WHERE chain_id = ? AND sequence_no = ?", tampered, sealed);
        Database.update(
                "UPDATE audit_event SET details = ? WHERE chain_id = ? AND sequence_no = ?",
                "{\"rewritten\":\"yes\"}",
                tampered,
                sealed);
        try {
            assertEquals(
                    201,
                    api.post("/api/v1/me/authenticator", tamperedToken, "{}").status());
            JsonObject second = runs.completed(since);
            long secondId = second.getJsonNumber("runId").longValue();
            expected.put("AUDIT_TRAIL_BROKEN " + tampered, "HIGH");
            assertEquals(expected, only(seeded, runs.findings(secondId)));
        } finally {
            Database.update(
                    "UPDATE audit_event SET details = ? WHERE chain_id = ? AND sequence_no = ?",
                    original,
                    tampered,
                    sealed);
        }
        assertEquals(1, notifications(exhausted, "RECOVERY_CODES_EXHAUSTED"), "a reminder is sent once");
        assertEquals(1, notifications(forgotten, "RECOVERY_CODES_CHECKUP"), "a reminder is sent once");
        assertEquals(1, events(leaked, "ACCOUNT_FLAGGED_FOR_REVIEW"), "an account is flagged once for one reason");
        assertEquals(1, events(tampered, "ACCOUNT_FLAGGED_FOR_REVIEW"));

        reportAddsUp(firstId, first);
        filtersWork(firstId, firstClaimant, secondClaimant);
    }

    private void reportAddsUp(long runId, JsonObject run) throws IOException {
        long counted = run.getJsonObject("findings").values().stream()
                .mapToLong(value -> ((jakarta.json.JsonNumber) value).longValue())
                .sum();
        JsonObject report =
                api.get("/api/v1/audit-runs/" + runId + "/report", auditor).json();
        assertEquals(counted, report.getJsonNumber("totalFindings").longValue());
        assertEquals(run.getString("since"), report.getString("since"));
        assertEquals(
                List.of("expire-cases", "code-audit", "suspicious-attempts", "trail-seal", "trail-check", "retention"),
                report.getJsonArray("steps").stream()
                        .map(step -> ((JsonObject) step).getString("name"))
                        .toList());

        Api.Reply csv = api.send(api.request("/api/v1/audit-runs/" + runId + "/report", auditor)
                .setHeader("Accept", "text/csv")
                .GET());
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"), csv::toString);
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        long findingRows = records.stream()
                .filter(r -> r.get("section").equals("finding"))
                .mapToLong(r -> Long.parseLong(r.get("count")))
                .sum();
        assertEquals(counted, findingRows);
        assertEquals(
                6, records.stream().filter(r -> r.get("section").equals("step")).count());
        assertEquals(
                report.getJsonObject("trailSeal").getString("seal"),
                records.stream()
                        .filter(r -> r.get("section").equals("seal"))
                        .findFirst()
                        .orElseThrow()
                        .get("name"));
        CSVRecord head = records.get(0);
        assertEquals("run", head.get("section"));
        assertEquals(String.valueOf(counted), head.get("count"));
    }

    private void filtersWork(long runId, String... claimants) {
        JsonObject page = api.get(
                        "/api/v1/audit-runs/" + runId + "/findings?type=SHARED_EVIDENCE&severity=high&size=200",
                        auditor)
                .json();
        List<String> accounts = page.getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .peek(finding -> assertEquals("SHARED_EVIDENCE", finding.getString("type")))
                .peek(finding -> assertEquals("HIGH", finding.getString("severity")))
                .map(finding -> finding.getString("accountId"))
                .toList();
        assertTrue(accounts.containsAll(List.of(claimants)), accounts::toString);
        JsonObject one = api.get("/api/v1/audit-runs/" + runId + "/findings?size=1", auditor)
                .json();
        assertEquals(1, one.getJsonArray("items").size());
        assertTrue(one.getJsonNumber("total").longValue() > 1);
        JsonObject finding = one.getJsonArray("items").getJsonObject(0);
        assertTrue(finding.containsKey("detectedAt") && finding.containsKey("detail"), finding::toString);
        assertEquals(
                400,
                api.get("/api/v1/audit-runs/" + runId + "/findings?type=NOPE", auditor)
                        .status());
        assertEquals(
                400,
                api.get("/api/v1/audit-runs/" + runId + "/findings?size=0", auditor)
                        .status());
        assertEquals(
                404, api.get("/api/v1/audit-runs/999999999/findings", auditor).status());
        assertEquals(
                404, api.get("/api/v1/audit-runs/999999999/report", auditor).status());
        assertEquals(
                403,
                api.get("/api/v1/audit-runs/" + runId + "/findings", Tokens.forSubject("agent-1", "support"))
                        .status());
        assertEquals(
                403,
                api.get("/api/v1/audit-runs/" + runId + "/report", Tokens.forSubject(claimants[0], "user"))
                        .status());
    }

    static Map<String, String> only(List<String> subjects, Map<String, String> findings) {
        return findings.entrySet().stream()
                .filter(finding -> subjects.contains(
                        finding.getKey().substring(finding.getKey().indexOf(' ') + 1)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static void refusedAttempts(String account, String clientAddress, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {account, clientAddress, Database.utc(Instant.now())});
        }
        Database.batch(
                "INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason,"
                        + " client_address, user_agent, attempted_at) VALUES (?, 'TOTP', 'VERIFY', 'FAILURE', 'WRONG_CODE',"
                        + " ?, 'seed', ?)",
                rows);
    }

    /** A right code of that method on the account, written at {@code at}. */
    static void successes(String account, String method, Instant at) {
        Database.update(
                "INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address,"
                        + " user_agent, attempted_at) VALUES (?, ?, 'VERIFY', 'SUCCESS', NULL, '192.0.2.20', 'seed', ?)",
                account,
                method,
                Database.utc(at));
    }

    private List<String> confirmWithCodes(String token) {
        AuthenticatorApp app = Flows.enroll(api, token);
        Api.Reply confirmed = api.post(
                "/api/v1/me/authenticator/confirm", token, Flows.code(app.codeAt(AuthenticatorApp.currentStep())));
        assertEquals(200, confirmed.status(), confirmed::toString);
        return confirmed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** An account with a confirmed authenticator and ten unused codes. */
    private String enrolled(String prefix) {
        String account = Tokens.newAccountId(prefix);
        confirmWithCodes(Tokens.forSubject(account, "user"));
        return account;
    }

    static void useCodes(String account, int count, Instant at) {
        String set = Database.string(
                "SELECT id FROM recovery_code_set WHERE account_id = ? AND revoked_at IS NULL", account);
        Database.update(
                "UPDATE recovery_code SET used_at = ? WHERE set_id = ? ORDER BY id LIMIT " + count,
                Database.utc(at),
                set);
        Database.update(
                "UPDATE recovery_code_set SET last_used_at = ?, unused_codes = unused_codes - " + count
                        + " WHERE id = ?",
                Database.utc(at),
                set);
    }

    private void caseWithEvidence(String account, byte[] document) {
        String token = Tokens.forSubject(account, "user");
        String id = api.post(
                        "/api/v1/me/recovery-cases",
                        token,
                        "{\"reason\":\"LOST_DEVICE\",\"description\":\"x\"," + "\"contactEmail\":\"me@example.org\"}")
                .json()
                .getString("id");
        assertEquals(
                201,
                api.send(new Multipart()
                                .field("kind", "ID_DOCUMENT")
                                .file("file", "id.pdf", "application/pdf", document)
                                .post(api.request("/api/v1/me/recovery-cases/" + id + "/evidence", token)))
                        .status());
    }

    static long events(String account, String type) {
        return Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = ?", account, type);
    }

    static long notifications(String account, String type) {
        return Database.count("SELECT COUNT(*) FROM notification WHERE account_id = ? AND type = ?", account, type)
                / Math.max(
                        1,
                        Database.count(
                                "SELECT COUNT(DISTINCT channel) FROM notification WHERE account_id = ?"
                                        + " AND type = ?",
                                account,
                                type));
    }
}
