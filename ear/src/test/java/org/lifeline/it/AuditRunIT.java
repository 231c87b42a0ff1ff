package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The compliance job, started by an auditor: its first step expires cases left unattended past their deadline. */
class AuditRunIT extends DeployedEarTest {

    @Test
    void aRunExpiresUnattendedCasesOnceAndReportsItsSteps() {
        String account = Tokens.newAccountId("stale");
        String user = Tokens.forSubject(account, "user");
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        String admin = Tokens.forSubject("root-admin", "admin");
        String id = api.post(
                        "/api/v1/me/recovery-cases",
                        user,
                        "{\"reason\":\"OTHER\",\"description\":\"x\"," + "\"contactEmail\":\"me@example.org\"}")
                .json()
                .getString("id");

        assertEquals(
                204,
                api.put(
                                "/api/v1/dev/clock",
                                admin,
                                "{\"offsetSeconds\":" + Duration.ofDays(15).toSeconds() + "}")
                        .status());
        try {
            JsonObject run = completedRun(auditor);
            JsonObject step = step(run, "expire-cases");
            assertEquals("COMPLETED", step.getString("status"));
            assertTrue(step.getInt("writeCount") >= 1, step::toString);
            assertEquals("EXPIRED", Database.string("SELECT status FROM recovery_case WHERE id = ?", id));
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'RECOVERY_CASE_EXPIRED' AND actor_role = 'system'",
                            account));

            completedRun(auditor);
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'RECOVERY_CASE_EXPIRED'",
                            account),
                    "a second run adds nothing");
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
        assertEquals(200, api.get("/api/v1/audit-runs", auditor).status());
    }

    @Test
    void evidenceIsPurgedThirtyDaysAfterItsCaseClosed() {
        String account = Tokens.newAccountId("purge");
        String user = Tokens.forSubject(account, "user");
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        String admin = Tokens.forSubject("root-admin", "admin");
        String id = api.post(
                        "/api/v1/me/recovery-cases",
                        user,
                        "{\"reason\":\"OTHER\",\"description\":\"x\"," + "\"contactEmail\":\"me@example.org\"}")
                .json()
                .getString("id");
        assertEquals(
                201,
                api.send(new Multipart()
                                .field("kind", "OTHER")
                                .file("file", "x.pdf", "application/pdf", Multipart.pdf("x"))
                                .post(api.request("/api/v1/me/recovery-cases/" + id + "/evidence", user)))
                        .status());
        // rejected, not cancelled: a case withdrawn before any decision keeps no evidence at all (CaseAllowanceIT)
        assertEquals(
                200,
                api.post("/api/v1/me/recovery-cases/" + id + "/submit", user, "")
                        .status());
        assertEquals(
                200,
                api.post(
                                "/api/v1/recovery-cases/" + id + "/decisions",
                                Tokens.forSubject("purge-agent", "support"),
                                "{\"decision\":\"REJECT\",\"note\":\"documents unreadable\"}")
                        .status());

        completedRun(auditor);
        assertEquals(
                1,
                Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", id),
                "kept while the case closed less than 30 days ago");
        assertEquals(
                204,
                api.put(
                                "/api/v1/dev/clock",
                                admin,
                                "{\"offsetSeconds\":" + Duration.ofDays(31).toSeconds() + "}")
                        .status());
        try {
            JsonObject run = completedRun(auditor);
            assertEquals("COMPLETED", step(run, "retention").getString("status"));
            assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", id));
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'RECOVERY_CASE_EVIDENCE_PURGED'",
                            account));
            assertEquals(
                    0,
                    api.get("/api/v1/me/recovery-cases/" + id, user)
                            .json()
                            .getJsonArray("evidence")
                            .size());
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
    }

    @Test
    void attemptsArePurgedAfterNinetyDays() {
        String account = Tokens.newAccountId("old-attempts");
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        String admin = Tokens.forSubject("root-admin", "admin");
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", Tokens.forSubject(account, "user"), "{\"code\":\"123456\"}")
                        .status());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?", account));
        assertEquals(
                204,
                api.put(
                                "/api/v1/dev/clock",
                                admin,
                                "{\"offsetSeconds\":" + Duration.ofDays(91).toSeconds() + "}")
                        .status());
        try {
            completedRun(auditor);
            assertEquals(0, Database.count("SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?", account));
            assertTrue(
                    Database.count("SELECT COUNT(*) FROM audit_event WHERE account_id = ?", account) >= 1,
                    "the audit trail is kept");
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
    }

    @Test
    void theScheduleIsOnePersistentTimerInTheDatabase() {
        // The test server's schedule is "0 3 1 1 *" (see the failsafe environment); redeployments keep one timer.
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM JBOSS_EJB_TIMER WHERE TIMED_OBJECT_ID LIKE ?"
                                + " AND SCHEDULE_EXPR_MINUTE = '0' AND SCHEDULE_EXPR_HOUR = '3' AND SCHEDULE_EXPR_DAY_OF_MONTH = '1'"
                                + " AND SCHEDULE_EXPR_MONTH = '1'",
                        "%AuditSchedule"));
    }

    @Test
    void onlyAuditorsRunTheJob() {
        assertEquals(
                403,
                api.post("/api/v1/audit-runs", Tokens.forSubject("someone", "user"), "")
                        .status());
        assertEquals(
                403,
                api.get("/api/v1/audit-runs", Tokens.forSubject("agent-1", "support"))
                        .status());
        assertEquals(
                404,
                api.get("/api/v1/audit-runs/999999999", Tokens.forSubject("auditor-1", "auditor"))
                        .status());
        assertEquals(
                404,
                api.get("/api/v1/audit-runs/abc", Tokens.forSubject("auditor-1", "auditor"))
                        .status());
    }

    static JsonObject step(JsonObject run, String name) {
        return run.getJsonArray("steps").stream()
                .map(JsonObject.class::cast)
                .filter(step -> step.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + run));
    }

    private JsonObject completedRun(String auditor) {
        Api.Reply started = api.post("/api/v1/audit-runs", auditor, "");
        assertEquals(202, started.status(), started::toString);
        long runId = started.json().getJsonNumber("runId").longValue();
        assertTrue(started.header("Location").orElseThrow().endsWith("/api/v1/audit-runs/" + runId));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject run = api.get("/api/v1/audit-runs/" + runId, auditor).json();
            String status = run.getString("status");
            if (status.equals("COMPLETED")) {
                return run;
            }
            if (status.equals("FAILED") || status.equals("STOPPED") || status.equals("ABANDONED")) {
                fail("run " + runId + " ended " + status);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("run " + runId + " did not complete");
    }
}
