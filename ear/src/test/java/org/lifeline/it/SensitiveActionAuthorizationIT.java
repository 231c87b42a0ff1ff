package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The step-up before a withdrawal: a fresh TOTP code authorizes one action for five minutes through the same guard
 * as a verification; while something holds sensitive actions the answer is 423 with the reasons, the code not
 * evaluated and no failure counted; a recovery code is not accepted; one code authorizes once however many race it.
 */
class SensitiveActionAuthorizationIT extends DeployedEarTest {

    private final String service = Tokens.forSubject("platform", "service");

    @Test
    void aFreshCodeAuthorizesOneActionForFiveMinutes() {
        String account = Tokens.newAccountId("step-up");
        Flows.Enrolled owner = Flows.enrollKeepingCodes(api, Tokens.forSubject(account, "user"));
        long step = owner.confirmedStep() + 1;

        Api.Reply granted = authorize(account, "WITHDRAWAL", owner.app().codeAt(step), "203.0.113.9");
        assertEquals(201, granted.status(), granted::toString);
        JsonObject authorization = granted.json();
        assertEquals("WITHDRAWAL", authorization.getString("action"));
        Instant at = Instant.parse(authorization.getString("authorizedAt"));
        assertEquals(Duration.ofMinutes(5), Duration.between(at, Instant.parse(authorization.getString("expiresAt"))));
        String id = authorization.getString("authorizationId");
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM sensitive_action_authorization WHERE id = ? AND account_id = ?"
                                + " AND action = 'WITHDRAWAL'",
                        id,
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type ="
                                + " 'SENSITIVE_ACTION_AUTHORIZED' AND details LIKE ?",
                        account,
                        "%" + id + "%"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND purpose = 'STEP_UP' AND"
                                + " outcome = 'SUCCESS' AND client_address = '203.0.113.9'",
                        account));

        Api.Reply replay = authorize(account, "WITHDRAWAL", owner.app().codeAt(step), null);
        assertEquals(422, replay.status(), "a code authorizes once: " + replay);
        Api.Reply recoveryCode =
                authorize(account, "WITHDRAWAL", owner.recoveryCodes().get(0), null);
        assertEquals(422, recoveryCode.status(), "a recovery code is not a step-up: " + recoveryCode);
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND method = 'RECOVERY_CODE'",
                        account),
                "and it was not spent");
    }

    @Test
    void malformedRequestsAreRefusedAsSuch() {
        String account = Tokens.newAccountId("step-up-bad");
        for (String body : new String[] {
            "{\"code\":\"123456\"}",
            "{\"action\":\"WITHDRAWAL\"}",
            "{\"action\":\"withdrawal\",\"code\":\"123456\"}",
            "{\"action\":\"" + "A".repeat(65) + "\",\"code\":\"123456\"}",
            "{\"action\":\"WITHDRAWAL\",\"code\":\"123456\",\"clientAddress\":\"not-an-address\"}"
        }) {
            Api.Reply reply =
                    api.post("/api/v1/accounts/" + account + "/sensitive-actions/authorizations", service, body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            AccountSecurityIT.assertProblem(reply, "invalid-request");
        }
        assertEquals(
                403,
                api.post(
                                "/api/v1/accounts/" + account + "/sensitive-actions/authorizations",
                                Tokens.forSubject(account, "user"),
                                "{\"action\":\"WITHDRAWAL\",\"code\":\"123456\"}")
                        .status());
    }

    @Test
    void whileHeldTheCodeIsNotEvaluatedAndCostsNothing() {
        String account = Tokens.newAccountId("step-up-held");
        String user = Tokens.forSubject(account, "user");
        Flows.Enrolled owner = Flows.enrollKeepingCodes(api, user);
        Flows.openCase(api, user);
        long failuresBefore = failures(account);

        for (int i = 0; i < 8; i++) {
            Api.Reply held = authorize(account, "WITHDRAWAL", owner.app().wrongCode(), null);
            assertEquals(423, held.status(), held::toString);
            AccountSecurityIT.assertProblem(held, "held");
            assertEquals(
                    "RECOVERY_CASE_OPEN",
                    held.json().getJsonArray("reasons").getJsonObject(0).getString("code"));
            assertTrue(held.json().isNull("blockedUntil"), held::toString);
        }
        Api.Reply right = authorize(account, "WITHDRAWAL", owner.app().codeAt(owner.confirmedStep() + 1), null);
        assertEquals(423, right.status());
        assertEquals(failuresBefore, failures(account), "no failure counted");
        assertEquals(
                String.valueOf(owner.confirmedStep()),
                Database.string("SELECT last_used_step FROM authenticator WHERE account_id = ?", account),
                "the right code was not evaluated: its step is unused");
        assertEquals(
                9,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = 'SENSITIVE_ACTION_HELD'"
                                + " AND details LIKE '%RECOVERY_CASE_OPEN%' AND details LIKE '%WITHDRAWAL%'",
                        account));
        Api.Reply security = api.get("/api/v1/me/security", user);
        assertEquals(false, security.json().getJsonObject("lock").getBoolean("locked"), security::toString);
    }

    @Test
    void oneCodeRacedThirtyTimesAuthorizesOnce() throws Exception {
        String account = Tokens.newAccountId("step-up-race");
        Flows.Enrolled owner = Flows.enrollKeepingCodes(api, Tokens.forSubject(account, "user"));
        String code = owner.app().codeAt(owner.confirmedStep() + 1);
        Map<Integer, Integer> answers = Concurrently.run(
                30, i -> authorize(account, "WITHDRAWAL", code, null).status());
        assertEquals(1, answers.getOrDefault(201, 0), answers::toString);
        // the losers are refused as replays (422) until the failures lock the account; from then on the guard answers
        // 429, or the gate, which reads the lock before the code is looked at, 423 held (ACCOUNT_LOCKED)
        assertEquals(
                29,
                answers.getOrDefault(422, 0) + answers.getOrDefault(429, 0) + answers.getOrDefault(423, 0),
                answers::toString);
        assertEquals(
                1, Database.count("SELECT COUNT(*) FROM sensitive_action_authorization WHERE account_id = ?", account));
    }

    private Api.Reply authorize(String account, String action, String code, String clientAddress) {
        var body = jakarta.json.Json.createObjectBuilder().add("action", action).add("code", code);
        if (clientAddress != null) {
            body.add("clientAddress", clientAddress);
        }
        return api.post(
                "/api/v1/accounts/" + account + "/sensitive-actions/authorizations",
                service,
                body.build().toString());
    }

    private static long failures(String account) {
        return Database.count(
                "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND outcome <> 'SUCCESS'", account);
    }
}
