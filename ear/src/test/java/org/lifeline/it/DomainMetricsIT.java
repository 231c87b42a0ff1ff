package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The application's meters on the management interface's {@code /metrics}, in Prometheus text, read before and after
 * a known amount of traffic: each counter moves by exactly what was done.
 */
class DomainMetricsIT extends DeployedEarTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)\\})? (\\S+)$");

    /** Every sample of the scrape, as name to (labels, value). */
    static List<Sample> scrape() {
        Api management = Api.onLocalPort(9990);
        Api.Reply metrics = management.send(management
                .request("/metrics", null)
                .header("Accept", "text/plain")
                .GET());
        assertEquals(200, metrics.status(), metrics::toString);
        return metrics.body()
                .lines()
                .filter(l -> !l.startsWith("#"))
                .map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .map(m -> new Sample(m.group(1), labels(m.group(3)), Double.parseDouble(m.group(4))))
                .toList();
    }

    private static Map<String, String> labels(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        return Arrays.stream(text.split(",(?=[a-zA-Z_]+=\")"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1].replaceAll("^\"|\"$", "")));
    }

    /** The sum of the samples of {@code name} whose labels include {@code wanted}. */
    static double sum(List<Sample> samples, String name, Map<String, String> wanted) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> s.labels().entrySet().containsAll(wanted.entrySet()))
                .mapToDouble(Sample::value)
                .sum();
    }

    record Sample(String name, Map<String, String> labels, double value) {}

    @Test
    void countersMoveByExactlyTheTrafficDone() {
        List<Sample> before = scrape();

        String account = Tokens.newAccountId("metrics");
        String user = Tokens.forSubject(account, "user");
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, step - 1);
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, Flows.code(app.wrongCode()))
                        .status());
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, Flows.code(app.wrongCode()))
                        .status());
        assertEquals(
                200,
                api.post("/api/v1/me/verifications", user, Flows.code(app.codeAt(step)))
                        .status());
        String recoveryCode = api.post("/api/v1/me/recovery-codes", user, Flows.code(app.codeAt(step + 1)))
                .json()
                .getJsonArray("recoveryCodes")
                .getString(0);
        assertEquals(
                200,
                api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"" + recoveryCode + "\"}")
                        .status());
        assertEquals(
                201,
                api.post(
                                "/api/v1/me/recovery-cases",
                                user,
                                "{\"reason\":\"LOST_DEVICE\"," + "\"description\":\"Phone lost\",\"contactEmail\":\""
                                        + account + "@example.org\"}")
                        .status());

        // A second account guesses: five wrong codes lock it, and the next code is refused unevaluated.
        String guessed = Tokens.forSubject(Tokens.newAccountId("metrics-locked"), "user");
        AuthenticatorApp victim = Flows.enrollAndConfirm(api, guessed, step - 1);
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    422,
                    api.post("/api/v1/me/verifications", guessed, Flows.code(victim.wrongCode()))
                            .status());
        }
        assertEquals(
                429,
                api.post("/api/v1/me/verifications", guessed, Flows.code(victim.codeAt(step)))
                        .status());

        long runId = new AuditRuns(api).start(Instant.now().minusSeconds(3600));
        new AuditRuns(api).awaitEnd(runId, "COMPLETED");

        List<Sample> after = scrape();
        String verifications = "lifeline_verifications_total";
        assertEquals(
                2,
                delta(
                        before,
                        after,
                        verifications,
                        Map.of("purpose", "confirm_enrollment", "method", "totp", "outcome", "accepted")));
        assertEquals(
                7,
                delta(
                        before,
                        after,
                        verifications,
                        Map.of("purpose", "verify", "method", "totp", "outcome", "refused", "reason", "wrong_code")));
        assertEquals(1, delta(before, after, verifications, Map.of("purpose", "verify", "outcome", "locked")));
        assertEquals(1, delta(before, after, "lifeline_locks_started_total", Map.of()));
        assertEquals(
                1,
                delta(
                        before,
                        after,
                        "lifeline_recovery_case_transitions_total",
                        Map.of("status", "awaiting_evidence")));
        assertEquals(
                1,
                delta(
                        before,
                        after,
                        verifications,
                        Map.of("purpose", "verify", "method", "totp", "outcome", "accepted")));
        assertEquals(
                1,
                delta(
                        before,
                        after,
                        verifications,
                        Map.of("purpose", "regenerate_recovery_codes", "outcome", "accepted")));
        assertEquals(
                1,
                delta(
                        before,
                        after,
                        verifications,
                        Map.of("purpose", "verify", "method", "recovery_code", "outcome", "accepted")));
        assertEquals(3, delta(before, after, "lifeline_recovery_code_sets_issued_total", Map.of()));
        assertEquals(1, delta(before, after, "lifeline_recovery_codes_used_total", Map.of()));
        assertEquals(
                2, delta(before, after, "lifeline_security_events_total", Map.of("type", "authenticator_confirmed")));
        assertEquals(1, delta(before, after, "lifeline_audit_runs_seconds_count", Map.of("status", "completed")));
        assertTrue(after.stream().anyMatch(s -> s.name().equals("lifeline_outbox_backlog")), "no outbox backlog");
        assertTrue(
                after.stream().anyMatch(s -> s.name().equals("lifeline_outbox_oldest_age_seconds")), "no outbox age");
    }

    static double delta(List<Sample> before, List<Sample> after, String name, Map<String, String> labels) {
        return sum(after, name, labels) - sum(before, name, labels);
    }
}
