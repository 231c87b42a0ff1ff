package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.lifeline.it.Flows.code;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end of a security reset: after the waiting period it applies itself. The server's clock is moved, not waited. */
class ResetAppliesIT extends DeployedEarTest {

    private static final String CASE =
            "{\"reason\":\"LOST_DEVICE\",\"description\":\"Everything lost\"," + "\"contactEmail\":\"me@example.org\"}";

    @Test
    void anApprovedResetAppliesAfterTheWaitAndHoldsSensitiveActions() {
        String account = Tokens.newAccountId("applied");
        String user = Tokens.forSubject(account, "user");
        String admin = Tokens.forSubject("root-admin", "admin");
        AuthenticatorApp.awaitStepWithAtLeast(8);
        AuthenticatorApp app = Flows.enroll(api, user);
        List<String> codes = api
                .post("/api/v1/me/authenticator/confirm", user, code(app.currentCode()))
                .json()
                .getJsonArray("recoveryCodes")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    422,
                    api.post("/api/v1/me/verifications", user, code(app.wrongCode()))
                            .status());
        }
        String id = api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
        assertEquals(
                201,
                api.send(new Multipart()
                                .field("kind", "SELFIE")
                                .file("file", "me.pdf", "application/pdf", Multipart.pdf("me"))
                                .post(api.request("/api/v1/me/recovery-cases/" + id + "/evidence", user)))
                        .status());
        assertEquals(
                200,
                api.post("/api/v1/me/recovery-cases/" + id + "/submit", user, "")
                        .status());
        assertEquals(
                "APPROVED",
                api.post(
                                "/api/v1/recovery-cases/" + id + "/decisions",
                                Tokens.forSubject("agent-1", "support"),
                                "{\"decision\":\"APPROVE\"}")
                        .json()
                        .getString("status"));

        Duration moved = Duration.ofHours(49);
        assertEquals(
                204,
                api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + moved.toSeconds() + "}")
                        .status());
        try {
            JsonObject applied = awaitStatus(user, id, "APPLIED");
            JsonObject last = applied.getJsonArray("history")
                    .getJsonObject(applied.getJsonArray("history").size() - 1);
            assertEquals("system", last.getString("actorRole"));

            JsonObject status = api.get("/api/v1/me/security", user).json();
            assertEquals("NONE", status.getJsonObject("authenticator").getString("status"));
            assertEquals(0, status.getJsonObject("recoveryCodes").getInt("remaining"));
            assertFalse(status.getJsonObject("lock").getBoolean("locked"));
            Instant held = Instant.parse(status.getJsonObject("hold").getString("sensitiveActionsBlockedUntil"));
            Instant expected = Instant.now().plus(moved).plus(Duration.ofHours(48));
            assertTrue(Math.abs(Duration.between(expected, held).toSeconds()) < 60, held + " vs " + expected);
            assertEquals(
                    0, Database.count("SELECT consecutive_failures FROM failure_budget WHERE account_id = ?", account));
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'RECOVERY_CASE_APPLIED'",
                            account));
            // The reset goes through the authenticator and lockout services: their own events are in the trail.
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'AUTHENTICATOR_REMOVED' AND details LIKE '%SECURITY_RESET%'",
                            account));
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'ACCOUNT_UNLOCKED' AND details LIKE '%security reset%'",
                            account));
            assertEquals(
                    1,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                    + " AND event_type = 'RECOVERY_CODES_REVOKED'",
                            account));

            assertEquals(
                    422,
                    api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"" + codes.get(0) + "\"}")
                            .status(),
                    "the old codes died with the reset");
            assertEquals(201, api.post("/api/v1/me/authenticator", user, "{}").status(), "the owner enrolls again");
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
    }

    @Test
    void onlyAnAdministratorMovesTheClock() {
        assertEquals(
                403,
                api.put("/api/v1/dev/clock", Tokens.forSubject("someone", "user"), "{\"offsetSeconds\":3600}")
                        .status());
        assertEquals(
                403,
                api.put("/api/v1/dev/clock", Tokens.forSubject("agent-1", "support"), "{\"offsetSeconds\":3600}")
                        .status());
        assertEquals(
                400,
                api.put("/api/v1/dev/clock", Tokens.forSubject("root-admin", "admin"), "{}")
                        .status());
    }

    private JsonObject awaitStatus(String user, String id, String wanted) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonObject read = api.get("/api/v1/me/recovery-cases/" + id, user).json();
            if (wanted.equals(read.getString("status"))) {
                return read;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("case " + id + " never became " + wanted);
    }
}
