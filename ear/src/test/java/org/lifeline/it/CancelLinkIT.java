package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cancel link in every notification about a case: single use, unauthenticated, stored only as a digest. */
class CancelLinkIT extends DeployedEarTest {

    private static WebhookReceiver webhook;

    @BeforeAll
    static void receiver() throws Exception {
        webhook = new WebhookReceiver(Integer.getInteger("lifeline.test.webhook.port", 18089));
    }

    @AfterAll
    static void stopReceiver() {
        webhook.close();
    }

    @Test
    void theTokenFromTheApprovalCancelsOnceWithoutSigningIn() {
        String account = Tokens.newAccountId("link");
        String user = Tokens.forSubject(account, "user");
        approvedCase(user);

        String token = awaitCancelToken(account, "RECOVERY_CASE_APPROVED");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_cancel_token WHERE digest = ?", token));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM notification WHERE details LIKE ?", "%" + token + "%"));

        Api.Reply unknown = api.post("/api/v1/recovery-cases/cancel", null, "{\"token\":\"not-a-real-token\"}");
        assertEquals(404, unknown.status(), unknown::toString);
        assertProblem(unknown, "not-found");

        Api.Reply cancelled = api.post("/api/v1/recovery-cases/cancel", null, "{\"token\":\"" + token + "\"}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));

        Api.Reply again = api.post("/api/v1/recovery-cases/cancel", null, "{\"token\":\"" + token + "\"}");
        assertEquals(404, again.status(), again::toString);
        assertEquals(unknown.body(), again.body(), "a used token answers like an unknown one");
        assertFalse(api.post("/api/v1/recovery-cases/cancel", null, "{}").status() < 400);
    }

    @Test
    void aTokenExpiresWithTheWaitingPeriod() {
        String account = Tokens.newAccountId("late-link");
        String user = Tokens.forSubject(account, "user");
        String id = approvedCase(user);
        String token = awaitCancelToken(account, "RECOVERY_CASE_APPROVED");
        String admin = Tokens.forSubject("root-admin", "admin");
        assertEquals(
                204,
                api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + 49 * 3600 + "}")
                        .status());
        try {
            Api.Reply late = api.post("/api/v1/recovery-cases/cancel", null, "{\"token\":\"" + token + "\"}");
            assertEquals(404, late.status(), late::toString);
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
        assertFalse(Database.string("SELECT status FROM recovery_case WHERE id = ?", id)
                .equals("CANCELLED"));
    }

    private String approvedCase(String user) {
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
        assertEquals(
                200,
                api.post("/api/v1/me/recovery-cases/" + id + "/submit", user, "")
                        .status());
        assertEquals(
                200,
                api.post(
                                "/api/v1/recovery-cases/" + id + "/decisions",
                                Tokens.forSubject("agent-1", "support"),
                                "{\"decision\":\"APPROVE\"}")
                        .status());
        return id;
    }

    private static String awaitCancelToken(String account, String type) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (WebhookReceiver.Call call : webhook.callsAbout(account)) {
                try (JsonReader reader = Json.createReader(new StringReader(call.body()))) {
                    JsonObject payload = reader.readObject();
                    if (type.equals(payload.getString("type")) && payload.containsKey("cancelToken")) {
                        return payload.getString("cancelToken");
                    }
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("no " + type + " webhook with a cancel token for " + account);
    }
}
