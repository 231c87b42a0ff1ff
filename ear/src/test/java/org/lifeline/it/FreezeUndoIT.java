package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lost-device freeze needs no code, so someone with the owner's session can freeze the owner's app. The freeze's
 * notification carries a single-use undo token; with a right code of the app it lifts the freeze, and nothing else
 * does: not the token alone, not a wrong code, not the token twice.
 */
class FreezeUndoIT extends DeployedEarTest {

    private static final String UNDO = "/api/v1/lost-device/undo";

    private static WebhookReceiver webhook;

    private String account;
    private String user;
    private AuthenticatorApp app;
    private long step;

    @BeforeAll
    static void receiver() throws Exception {
        webhook = new WebhookReceiver(Integer.getInteger("lifeline.test.webhook.port", 18089));
    }

    @AfterAll
    static void stopReceiver() {
        webhook.close();
    }

    @BeforeEach
    void frozenOwner() {
        account = Tokens.newAccountId("undo-freeze");
        user = Tokens.forSubject(account, "user");
        AuthenticatorApp.awaitStepWithAtLeast(10);
        step = AuthenticatorApp.currentStep();
        app = Flows.enrollAndConfirm(api, user, step - 1);
        assertEquals(200, api.post("/api/v1/me/lost-device", user, "").status());
    }

    @Test
    void theTokenWithARightCodeLiftsTheFreezeOnce() {
        String token = undoToken();
        Api.Reply wrong = undo(token, app.codeAt(step + 20));
        assertEquals(422, wrong.status(), wrong::toString);
        assertProblem(wrong, "verification-failed");
        assertEquals("FROZEN", authenticatorStatus(), "a wrong code lifts nothing");

        Api.Reply lifted = undo(token, app.codeAt(step));
        assertEquals(200, lifted.status(), lifted::toString);
        assertEquals("ACTIVE", lifted.json().getJsonObject("authenticator").getString("status"));
        assertEquals("ACTIVE", authenticatorStatus());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'AUTHENTICATOR_UNFROZEN'",
                        account));
        // the app signs in again, and the code that lifted the freeze is spent like any accepted one
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, Flows.code(app.codeAt(step)))
                        .status());
        assertEquals(
                200,
                api.post("/api/v1/me/verifications", user, Flows.code(app.codeAt(step + 1)))
                        .status());

        assertEquals(200, api.post("/api/v1/me/lost-device", user, "").status());
        Api.Reply again = undo(token, app.codeAt(step + 1));
        assertEquals(404, again.status(), "a used token lifts no later freeze: " + again);
        assertProblem(again, "not-found");
    }

    @Test
    void aTokenAloneAnUnknownTokenAndAnotherOwnersCodeLiftNothing() {
        String token = undoToken();
        assertEquals(400, api.post(UNDO, null, "{\"token\":\"" + token + "\"}").status());
        assertEquals(404, undo("not-a-token-anyone-was-sent", app.codeAt(step)).status());
        AuthenticatorApp stranger = new AuthenticatorApp("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        assertEquals(422, undo(token, stranger.codeAt(step)).status());
        assertEquals("FROZEN", authenticatorStatus());
        assertFalse(
                Database.string(
                                "SELECT details FROM audit_event WHERE account_id = ? ORDER BY sequence_no DESC LIMIT 1",
                                account)
                        .contains(token),
                "the token is never in the trail");
    }

    @Test
    void twentyRacingUndoesWithOneTokenAndOneCodeLiftTheFreezeOnce() throws Exception {
        String token = undoToken();
        String code = app.codeAt(step);
        Map<Integer, Integer> answers =
                Concurrently.run(20, i -> undo(token, code).status());
        assertEquals(1, answers.getOrDefault(200, 0), answers::toString);
        assertEquals(19, answers.getOrDefault(422, 0) + answers.getOrDefault(404, 0), answers::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'AUTHENTICATOR_UNFROZEN'",
                        account));
    }

    private Api.Reply undo(String token, String code) {
        return api.post(UNDO, null, "{\"token\":\"" + token + "\",\"code\":\"" + code + "\"}");
    }

    private String authenticatorStatus() {
        return api.get("/api/v1/me/security", user)
                .json()
                .getJsonObject("authenticator")
                .getString("status");
    }

    /** The undo token of the freeze's notification, as the platform's webhook receives it. */
    private String undoToken() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (WebhookReceiver.Call call : webhook.callsAbout(account)) {
                try (JsonReader reader = Json.createReader(new StringReader(call.body()))) {
                    JsonObject payload = reader.readObject();
                    if ("DEVICE_REPORTED_LOST".equals(payload.getString("type"))) {
                        return payload.getString("undoToken");
                    }
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return fail("no lost-device webhook about " + account);
    }
}
