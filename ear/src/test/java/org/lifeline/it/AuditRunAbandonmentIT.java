package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run that fails for a reason a restart cannot mend must not block every later run: an auditor abandons it through
 * the API (audited), and after {@code lifeline.audit.abandon-after-failures} (3) failures in a row the schedule gives
 * it up by itself and starts a new run. The failure is a database fault a restart meets again: a trigger refusing
 * every report row, so each run fails at its last step.
 */
class AuditRunAbandonmentIT extends DeployedEarTest {

    private static final String FAULT = "lifeline_it_refuse_reports";

    @ArquillianResource
    ManagementClient management;

    private AuditRuns runs;
    private String auditor;

    @BeforeEach
    void reportsFail() {
        runs = new AuditRuns(api);
        auditor = Tokens.forSubject("auditor-1", "auditor");
        Database.update("CREATE TRIGGER " + FAULT + " BEFORE INSERT ON audit_report FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'report refused by the test'");
    }

    /** Leaves no unfinished run behind for the next test's start to restart. */
    @AfterEach
    void mend() {
        Database.update("DROP TRIGGER IF EXISTS " + FAULT);
        long newest = newestRun();
        String status = runs.get(newest).getString("status");
        if (status.equals("FAILED") || status.equals("STOPPED")) {
            api.post("/api/v1/audit-runs/" + newest + "/abandonment", auditor, "{\"note\":\"test cleanup\"}");
        }
    }

    @Test
    void anAuditorAbandonsAFailedRunAndTheNextStartBeginsANewOne() {
        Instant since = Instant.now().minusSeconds(3600);
        long failed = runs.start(since);
        JsonObject failedRun = runs.awaitEnd(failed, "FAILED");
        String path = "/api/v1/audit-runs/" + failed + "/abandonment";

        assertEquals(400, api.post(path, auditor, "").status(), "a note is required");
        assertEquals(400, api.post(path, auditor, "{\"note\":\"  \"}").status());
        assertEquals(
                400,
                api.post(path, auditor, "{\"note\":\"" + "x".repeat(1001) + "\"}")
                        .status());
        assertEquals(
                403,
                api.post(path, Tokens.forSubject("someone", "user"), "{\"note\":\"x\"}")
                        .status());
        assertEquals(
                403,
                api.post(path, Tokens.forSubject("agent-1", "support"), "{\"note\":\"x\"}")
                        .status());
        Api.Reply unknown = api.post("/api/v1/audit-runs/999999999/abandonment", auditor, "{\"note\":\"x\"}");
        assertEquals(404, unknown.status(), unknown::toString);
        assertEquals(0, abandonedEvents(failed), "nothing refused is recorded");

        Api.Reply abandoned = api.post(path, auditor, "{\"note\":\"the reports table refuses rows; DBA ticket 7\"}");
        assertEquals(200, abandoned.status(), abandoned::toString);
        assertEquals("ABANDONED", abandoned.json().getString("status"));
        assertEquals("ABANDONED", runs.get(failed).getString("status"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = '~system' AND event_type ="
                                + " 'AUDIT_RUN_ABANDONED' AND actor_subject = 'auditor-1' AND actor_role = 'auditor'"
                                + " AND details LIKE ? AND details LIKE ? AND details LIKE ?",
                        "%\"runId\":\"" + failed + "\"%",
                        "%\"status\":\"FAILED\"%",
                        "%DBA ticket 7%"));
        Api.Reply again = api.post(path, auditor, "{\"note\":\"again\"}");
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.json().getString("detail").contains("ABANDONED"), again::toString);

        Database.update("DROP TRIGGER " + FAULT);
        JsonObject next = runs.completed(null);
        long nextId = next.getJsonNumber("runId").longValue();
        assertTrue(nextId > failed);
        assertNotEquals(failedRun.getString("since"), next.getString("since"), "a new run, not a restart");
        assertEquals("ABANDONED", runs.get(failed).getString("status"), "the abandoned run stays so");

        Api.Reply completed = api.post("/api/v1/audit-runs/" + nextId + "/abandonment", auditor, "{\"note\":\"x\"}");
        assertEquals(409, completed.status(), "a completed run has nothing to abandon");
        assertEquals(0, abandonedEvents(nextId));
    }

    @Test
    void theScheduleGivesUpARunThatKeepsFailingAndGoesOn() {
        long first = runs.start(Instant.now().minusSeconds(3600));
        runs.awaitEnd(first, "FAILED");
        long second = restartedWithoutSince(first);
        long third = restartedWithoutSince(second);
        assertEquals(
                3,
                Database.count(
                        "SELECT COUNT(*) FROM JOB_EXECUTION WHERE JOBINSTANCEID ="
                                + " (SELECT JOBINSTANCEID FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?) AND BATCHSTATUS = 'FAILED'",
                        third),
                "three failures of one run");
        Api.Reply early = api.post("/api/v1/audit-runs/" + first + "/abandonment", auditor, "{\"note\":\"x\"}");
        assertEquals(409, early.status(), "only the latest execution of a run is abandoned");
        assertTrue(early.json().getString("detail").contains("run " + third), early::toString);

        Database.update("DROP TRIGGER " + FAULT);
        AuditRuns.triggerSchedule(management);
        long deadline = System.currentTimeMillis() + 30_000;
        while (newestRun() == third && System.currentTimeMillis() < deadline) {
            AuditRuns.pause(200);
        }
        long scheduled = newestRun();
        assertTrue(scheduled > third, "the schedule started a run");
        runs.awaitEnd(scheduled, "COMPLETED");
        assertEquals("ABANDONED", runs.get(third).getString("status"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = '~system' AND event_type ="
                                + " 'AUDIT_RUN_ABANDONED' AND actor_role = 'system' AND details LIKE ? AND details"
                                + " LIKE ?",
                        "%\"runId\":\"" + third + "\"%",
                        "%\"failures\":\"3\"%"));
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ? AND JOBINSTANCEID ="
                                + " (SELECT JOBINSTANCEID FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?)",
                        scheduled,
                        third),
                "the schedule's run is a new one, not a fourth restart");
    }

    /** A start without since restarts the failed run, which fails again; the new execution's id. */
    private long restartedWithoutSince(long failed) {
        long restarted = runs.start(null);
        assertTrue(restarted > failed);
        assertEquals(runs.get(failed).getString("since"), runs.get(restarted).getString("since"), "a restart");
        runs.awaitEnd(restarted, "FAILED");
        return restarted;
    }

    private long abandonedEvents(long runId) {
        return Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE event_type = 'AUDIT_RUN_ABANDONED' AND details LIKE ?",
                "%\"runId\":\"" + runId + "\"%");
    }

    private long newestRun() {
        var list = api.send(api.request("/api/v1/audit-runs", auditor).GET()).jsonArray();
        return list.isEmpty() ? 0 : list.getJsonObject(0).getJsonNumber("runId").longValue();
    }
}
