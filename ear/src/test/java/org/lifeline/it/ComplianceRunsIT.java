package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How compliance runs are started and survive: a run stopped in the middle of a step and restarted ends with the
 * findings an uninterrupted run has, never two runs at once, and the schedule's timer starts one.
 */
class ComplianceRunsIT extends DeployedEarTest {

    /** Enough accounts that a run crosses many checkpoints (the test server's chunks hold 7 items). */
    private static final int FILLER_ACCOUNTS = 1200;

    @ArquillianResource
    ManagementClient management;

    private AuditRuns runs;

    @BeforeEach
    void fill() {
        runs = new AuditRuns(api);
        String prefix = "filler-" + java.util.UUID.randomUUID() + "-";
        List<Object[]> accounts = new ArrayList<>();
        Object now = Database.utc(Instant.now().minusSeconds(60));
        for (int i = 0; i < FILLER_ACCOUNTS; i++) {
            accounts.add(new Object[] {prefix + i, now, now});
        }
        Database.batch(
                "INSERT INTO account (id, risk_tier, created_at, updated_at, version)"
                        + " VALUES (?, 'STANDARD', ?, ?, 0)",
                accounts);
        // every account has a chain (an empty one here: no entries yet), or the trail counts it as deleted
        Database.batch(
                "INSERT INTO audit_chain (id, last_sequence, last_hash) VALUES (?, 0, '" + "0".repeat(64) + "')",
                accounts.stream().map(row -> new Object[] {row[0]}).toList());
    }

    @Test
    void aRunStoppedMidStepAndRestartedFindsWhatAnUninterruptedRunFinds() {
        Instant since = Instant.now().minusSeconds(2);
        String brute = Tokens.newAccountId("brute");
        ComplianceFindingsIT.refusedAttempts(brute, "192.0.2.20", 60);
        String sprayer = "203.0.113." + (1 + new java.util.Random().nextInt(250)) + "-" + brute.substring(6, 14);
        List<String> subjects = new ArrayList<>(List.of(brute, sprayer));
        for (int i = 0; i < 6; i++) {
            String sprayed = Tokens.newAccountId("sprayed");
            ComplianceFindingsIT.refusedAttempts(sprayed, sprayer, 1);
            subjects.add(sprayed);
        }
        String exhausted = Tokens.newAccountId("exhausted");
        String token = Tokens.forSubject(exhausted, "user");
        Flows.enrollAndConfirm(api, token, AuthenticatorApp.currentStep());
        ComplianceFindingsIT.useCodes(exhausted, 10, Instant.now());
        subjects.add(exhausted);

        long uninterrupted = runs.completed(since).getJsonNumber("runId").longValue();
        Map<String, String> expected = ComplianceFindingsIT.only(subjects, runs.findings(uninterrupted));
        assertEquals(
                Map.of(
                        "BRUTE_FORCE " + brute,
                        "HIGH",
                        "SPRAYING " + sprayer,
                        "HIGH",
                        "NO_CODES_LEFT " + exhausted,
                        "MEDIUM"),
                expected);

        long stopped = runs.start(since);
        awaitStepStarted(stopped, "code-audit");
        AuditRuns.stop(management, stopped);
        JsonObject stoppedRun = runs.awaitEnd(stopped, "STOPPED");
        assertTrue(
                stoppedRun.getJsonArray("steps").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(step -> step.getString("status").equals("STOPPED")),
                stoppedRun::toString);

        JsonObject restarted = runs.get(runs.start(null));
        long restartedId = restarted.getJsonNumber("runId").longValue();
        assertTrue(restartedId > stopped);
        assertEquals(stoppedRun.getString("since"), restarted.getString("since"), "a restart keeps its window");
        assertEquals(stoppedRun.getString("until"), restarted.getString("until"));
        JsonObject completed = runs.awaitEnd(restartedId, "COMPLETED");
        assertEquals(7, completed.getJsonArray("steps").size(), completed::toString);
        assertEquals(expected, ComplianceFindingsIT.only(subjects, runs.findings(restartedId)));
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM (SELECT finding_type, subject FROM audit_finding"
                                + " WHERE window_start = ? AND window_end = ? GROUP BY finding_type, subject HAVING COUNT(*) > 1) d",
                        Database.utc(Instant.parse(restarted.getString("since"))),
                        Database.utc(Instant.parse(restarted.getString("until")))),
                "no finding written twice");
        assertEquals(
                1,
                ComplianceFindingsIT.notifications(exhausted, "RECOVERY_CODES_EXHAUSTED"),
                "three runs, one reminder");
        assertEquals(
                200,
                api.get("/api/v1/audit-runs/" + restartedId + "/report", Tokens.forSubject("auditor-1", "auditor"))
                        .status());
    }

    @Test
    void neverTwoRunsAtOnce() throws Exception {
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        Set<Long> started = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> answers = Concurrently.run(8, i -> {
            Api.Reply reply = api.post(
                    "/api/v1/audit-runs",
                    auditor,
                    "{\"since\":\"" + Instant.now().minus(Duration.ofHours(1)) + "\"}");
            if (reply.status() == 202) {
                started.add(reply.json().getJsonNumber("runId").longValue());
            }
            return reply.status();
        });
        assertEquals(Map.of(202, 1, 409, 7), answers);
        long runId = started.iterator().next();
        assertEquals(409, api.post("/api/v1/audit-runs", auditor, "").status(), "still running");
        runs.awaitEnd(runId, "COMPLETED");
    }

    @Test
    void theScheduleStartsARun() {
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        long newest = newestRun(auditor);
        AuditRuns.triggerSchedule(management);
        long deadline = System.currentTimeMillis() + 30_000;
        while (newestRun(auditor) == newest && System.currentTimeMillis() < deadline) {
            AuditRuns.pause(200);
        }
        long scheduled = newestRun(auditor);
        assertTrue(scheduled > newest, "the timer started a run");
        runs.awaitEnd(scheduled, "COMPLETED");
    }

    @Test
    void sinceMustBeAnInstantInThePast() {
        String auditor = Tokens.forSubject("auditor-1", "auditor");
        assertEquals(
                400,
                api.post("/api/v1/audit-runs", auditor, "{\"since\":\"yesterday\"}")
                        .status());
        assertEquals(
                400,
                api.post(
                                "/api/v1/audit-runs",
                                auditor,
                                "{\"since\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\"}")
                        .status());
        assertEquals(
                400,
                api.post("/api/v1/audit-runs", auditor, "{\"since\":\"2026-01-01T00:00:00Z\"} x")
                        .status());
    }

    /**
     * Waits until the run is inside {@code step}, so that a stop lands mid-step: a fixed pause raced a run that had
     * ended all its steps by the time the stop arrived (the job STOPPED, every step COMPLETED).
     */
    private void awaitStepStarted(long runId, String step) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            boolean inside = runs.get(runId).getJsonArray("steps").stream()
                    .map(JsonObject.class::cast)
                    .anyMatch(s -> s.getString("name").equals(step)
                            && s.getString("status").equals("STARTED"));
            if (inside) {
                return;
            }
            AuditRuns.pause(5);
        }
        throw new AssertionError("run " + runId + " never was inside " + step);
    }

    private long newestRun(String auditor) {
        var list = api.send(api.request("/api/v1/audit-runs", auditor).GET()).jsonArray();
        return list.isEmpty() ? 0 : list.getJsonObject(0).getJsonNumber("runId").longValue();
    }
}
