package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/** Compliance runs as an auditor and an operator start, stop and watch them. */
final class AuditRuns {

    private static final String BATCH_JAR = "lifeline-batch.jar";

    private final Api api;
    private final String auditor;

    AuditRuns(Api api) {
        this.api = api;
        this.auditor = Tokens.forSubject("auditor-1", "auditor");
    }

    /** Starts a run (over the time since {@code since}, when given) and returns its id. */
    long start(Instant since) {
        Api.Reply started =
                api.post("/api/v1/audit-runs", auditor, since == null ? "{}" : "{\"since\":\"" + since + "\"}");
        assertEquals(202, started.status(), started::toString);
        return started.json().getJsonNumber("runId").longValue();
    }

    JsonObject get(long runId) {
        return api.get("/api/v1/audit-runs/" + runId, auditor).json();
    }

    /** Waits for the run to end and returns it; fails unless it ends {@code expected}. */
    JsonObject awaitEnd(long runId, String expected) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject run = get(runId);
            String status = run.getString("status");
            if (status.equals(expected)) {
                return run;
            }
            if (Map.of("COMPLETED", 1, "FAILED", 1, "STOPPED", 1, "ABANDONED", 1)
                    .containsKey(status)) {
                fail("run " + runId + " ended " + status + ", not " + expected + ": " + run);
            }
            pause(100);
        }
        return fail("run " + runId + " did not end " + expected + " within 120 s");
    }

    JsonObject completed(Instant since) {
        return awaitEnd(start(since), "COMPLETED");
    }

    /** The run's findings (every page) as "type subject" to severity. */
    Map<String, String> findings(long runId) {
        Map<String, String> found = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonObject reply = api.get("/api/v1/audit-runs/" + runId + "/findings?size=200&page=" + page, auditor)
                    .json();
            reply.getJsonArray("items").stream().map(JsonObject.class::cast).forEach(finding -> {
                String previous = found.put(
                        finding.getString("type") + " " + finding.getString("subject"), finding.getString("severity"));
                if (previous != null) {
                    fail("the same finding twice in one run: " + finding);
                }
            });
            if ((page + 1) * 200L >= reply.getJsonNumber("total").longValue()) {
                return found;
            }
        }
    }

    /** Asks the server to stop a run, as an operator would through the management interface. */
    static void stop(ManagementClient management, long runId) {
        ModelNode op = batchSubsystemOperation("stop-job");
        op.get("execution-id").set(runId);
        execute(management, op);
    }

    /** Fires the schedule's persistent timer now, through the management interface. */
    static void triggerSchedule(ManagementClient management) {
        ModelNode timers = new ModelNode();
        timers.get("operation").set("read-children-names");
        timers.get("address").set(scheduleAddress());
        timers.get("child-type").set("timer");
        ModelNode names = execute(management, timers);
        assertEquals(1, names.asList().size(), "one schedule timer: " + names);
        ModelNode trigger = new ModelNode();
        trigger.get("operation").set("trigger");
        ModelNode address = scheduleAddress();
        address.add("timer", names.asList().get(0).asString());
        trigger.get("address").set(address);
        execute(management, trigger);
    }

    private static ModelNode scheduleAddress() {
        ModelNode address = new ModelNode();
        address.add("deployment", "lifeline.ear");
        address.add("subdeployment", BATCH_JAR);
        address.add("subsystem", "ejb3");
        address.add("singleton-bean", "AuditSchedule");
        address.add("service", "timer-service");
        return address;
    }

    private static ModelNode batchSubsystemOperation(String name) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        ModelNode address = op.get("address");
        address.add("deployment", "lifeline.ear");
        address.add("subdeployment", BATCH_JAR);
        address.add("subsystem", "batch-jberet");
        return op;
    }

    private static ModelNode execute(ManagementClient management, ModelNode op) {
        try {
            ModelNode result = management.getControllerClient().execute(op);
            assertEquals("success", result.get("outcome").asString(), result::toString);
            return result.get("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
