package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;
import static org.lifeline.it.Flows.code;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TOTP attacks of the security requirements, each against the deployed server and checked in the database. */
class TotpAttacksIT extends DeployedEarTest {

    /** Every secret and code the tests handled, to look for in the server log at the end. */
    private static final List<String> SECRETS = new ArrayList<>();

    private static final List<String> CODES = new ArrayList<>();

    private String account;
    private String user;

    @BeforeEach
    void accounts() {
        account = Tokens.newAccountId("totp");
        user = Tokens.forSubject(account, "user");
    }

    @Test
    void theSameCodeTwiceIsRefusedTheSecondTime() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        Api.Reply first = verify(app.codeAt(step));
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.json().getBoolean("verified"));
        assertEquals("TOTP", first.json().getString("method"));

        Api.Reply second = verify(app.codeAt(step));
        assertEquals(422, second.status(), second::toString);
        assertEquals(wrongCodeBody(app), second.body(), "a replay answers exactly like a wrong code");
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?" + " AND event_type = 'TOTP_REPLAY'",
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?" + " AND reason = 'REPLAY'",
                        account));
    }

    @Test
    void thirtyConcurrentUsesOfOneCodeGiveExactlyOneSuccess() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(12);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        String code = app.codeAt(step);
        Map<Integer, Integer> statuses = Concurrently.run(30, i -> verify(code).status());
        assertEquals(1, statuses.getOrDefault(200, 0), statuses::toString);
        assertEquals(
                30,
                statuses.getOrDefault(200, 0) + statuses.getOrDefault(422, 0) + statuses.getOrDefault(429, 0),
                statuses::toString);
        assertEquals(
                String.valueOf(step),
                Database.string("SELECT last_used_step FROM authenticator WHERE account_id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?"
                                + " AND outcome = 'SUCCESS' AND purpose = 'VERIFY'",
                        account));
    }

    @Test
    void onlyTheStepsNextToTheServersTimeAreAccepted() {
        AuthenticatorApp.awaitStepWithAtLeast(15);
        long now = AuthenticatorApp.currentStep();
        // Through confirmation, one fresh enrollment per offset: nothing accepted before skews the result.
        for (int offset = -2; offset <= 2; offset++) {
            String owner = Tokens.forSubject(Tokens.newAccountId("window"), "user");
            AuthenticatorApp app = Flows.enroll(api, owner);
            remember(app);
            int status = api.post("/api/v1/me/authenticator/confirm", owner, code(app.codeAt(now + offset)))
                    .status();
            assertEquals(Math.abs(offset) <= 1 ? 200 : 422, status, "offset " + offset);
        }
        // Through verification: after a confirmation at T-1, T+2 and T-2 fail, T and T+1 pass.
        AuthenticatorApp app = confirmed(now - 1);
        assertEquals(422, verify(app.codeAt(now + 2)).status());
        assertEquals(422, verify(app.codeAt(now - 2)).status());
        assertEquals(200, verify(app.codeAt(now)).status());
        assertEquals(200, verify(app.codeAt(now + 1)).status());
    }

    @Test
    void aTimeSentByTheClientIsIgnored() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        String future = app.codeAt(step + 10);
        Api.Reply reply = api.send(api.request("/api/v1/me/verifications", user)
                .header("Content-Type", "application/json")
                .header("Date", "Mon, 01 Jan 2035 00:00:00 GMT")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + future + "\",\"time\":" + (step + 10) * 30
                        + ",\"timestamp\":\"2035-01-01T00:00:00Z\"}")));
        assertEquals(422, reply.status(), reply::toString);
    }

    @Test
    void fiveWrongCodesLockTheAccountEvenForTheRightCode() {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        for (int i = 0; i < 5; i++) {
            assertEquals(422, verify(app.wrongCode()).status());
        }
        Api.Reply right = verify(app.codeAt(step));
        assertEquals(429, right.status(), right::toString);
        assertProblem(right, "locked");
        long retryAfter = Long.parseLong(right.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?" + " AND event_type = 'ACCOUNT_LOCKED'",
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?" + " AND outcome = 'LOCKED'",
                        account));
        assertTrue(api.get("/api/v1/me/security", user)
                .json()
                .getJsonObject("lock")
                .getBoolean("locked"));
        // The right code was not evaluated: its step is still unused.
        assertEquals(
                String.valueOf(step - 1),
                Database.string("SELECT last_used_step FROM authenticator WHERE account_id = ?", account));
    }

    @Test
    void supportLiftsALockWithANoteAndTheRightCodeWorksAgain() {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        for (int i = 0; i < 5; i++) {
            verify(app.wrongCode());
        }
        assertEquals(429, verify(app.codeAt(step)).status());
        String support = Tokens.forSubject("agent-1", "support");
        assertEquals(
                400,
                api.post("/api/v1/accounts/" + account + "/unlock", support, "{}")
                        .status());
        assertEquals(
                403,
                api.post("/api/v1/accounts/" + account + "/unlock", user, "{\"note\":\"me\"}")
                        .status());
        assertEquals(
                404,
                api.post(
                                "/api/v1/accounts/" + Tokens.newAccountId("nobody") + "/unlock",
                                support,
                                "{\"note\":\"called in\"}")
                        .status());
        Api.Reply unlocked = api.post(
                "/api/v1/accounts/" + account + "/unlock",
                support,
                "{\"note\":\"identity checked by phone, ticket 4711\"}");
        assertEquals(204, unlocked.status(), unlocked::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'ACCOUNT_UNLOCKED' AND actor_role = 'support' AND details LIKE '%ticket 4711%'",
                        account));
        assertEquals(200, verify(app.codeAt(step)).status());
    }

    @Test
    void rotatingAddressesAndTokensDoesNotResetTheCount() {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        for (int i = 0; i < 5; i++) {
            Api.Reply reply = api.send(api.request("/api/v1/me/verifications", Tokens.forSubject(account, "user"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113." + (i + 1))
                    .header("User-Agent", "guesser/" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(code(app.wrongCode()))));
            assertEquals(422, reply.status(), reply::toString);
        }
        assertEquals(429, verify(app.codeAt(step)).status());
    }

    @Test
    void fiftyConcurrentWrongGuessesEvaluateAtMostFive() throws Exception {
        AuthenticatorApp.awaitStepWithAtLeast(12);
        AuthenticatorApp app = confirmed(AuthenticatorApp.currentStep() - 1);
        String wrong = app.wrongCode();
        Map<Integer, Integer> statuses = Concurrently.run(50, i -> verify(wrong).status());
        assertEquals(5, statuses.getOrDefault(422, 0), statuses::toString);
        assertEquals(45, statuses.getOrDefault(429, 0), statuses::toString);
        assertEquals(
                5,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?" + " AND outcome = 'FAILURE'",
                        account));
    }

    @Test
    void everyPathThatTakesATotpCodeSharesItsBudget() {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = confirmed(step - 1);
        String service = Tokens.forSubject("platform-backend", "service");
        assertEquals(422, verify(app.wrongCode()).status());
        assertEquals(
                422,
                api.post("/api/v1/accounts/" + account + "/verifications", service, code(app.wrongCode()))
                        .status());
        assertEquals(
                422,
                api.send(api.request("/api/v1/me/authenticator", user)
                                .header("Content-Type", "application/json")
                                .method("DELETE", HttpRequest.BodyPublishers.ofString(code(app.wrongCode()))))
                        .status());
        assertEquals(422, verify(app.wrongCode()).status());
        assertEquals(
                422,
                api.post("/api/v1/me/recovery-codes", user, code(app.wrongCode()))
                        .status());
        Api.Reply locked = api.post("/api/v1/accounts/" + account + "/verifications", service, code(app.codeAt(step)));
        assertEquals(429, locked.status(), locked::toString);
        assertEquals("ACTIVE", Database.string("SELECT status FROM authenticator WHERE account_id = ?", account));
    }

    @Test
    void anUnknownAccountAnswersLikeAKnownOne() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        AuthenticatorApp app = confirmed(AuthenticatorApp.currentStep() - 1);
        String service = Tokens.forSubject("platform-backend", "service");
        Api.Reply known = api.post("/api/v1/accounts/" + account + "/verifications", service, code(app.wrongCode()));
        Api.Reply unknown = api.post(
                "/api/v1/accounts/" + Tokens.newAccountId("ghost") + "/verifications", service, code(app.wrongCode()));
        assertEquals(422, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body());
        Api.Reply noAuthenticator = api.post(
                "/api/v1/me/verifications", Tokens.forSubject(Tokens.newAccountId("bare"), "user"), code("123456"));
        assertEquals(known.body(), noAuthenticator.body());
        Api.Reply recovery = api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"ABCD-EFGH\"}");
        assertEquals(known.body(), recovery.body());
    }

    @Test
    void malformedCodesAreRefusedLikeWrongOnes() {
        AuthenticatorApp.awaitStepWithAtLeast(8);
        AuthenticatorApp app = confirmed(AuthenticatorApp.currentStep() - 1);
        for (String body :
                List.of(code("12345"), code("1234567"), code("abcdef"), code("١٢٣٤٥٦"), "{\"code\":123456}")) {
            Api.Reply reply = api.post("/api/v1/me/verifications", user, body);
            assertTrue(
                    reply.status() == 422 || reply.status() == 429 || reply.status() == 400,
                    () -> body + " -> " + reply);
        }
        for (String body : List.of("{}", "{\"code\":\"123456\",\"recoveryCode\":\"X\"}", code("9".repeat(65)))) {
            Api.Reply reply = api.post("/api/v1/me/verifications", user, body);
            assertEquals(400, reply.status(), () -> body + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
        assertEquals("ACTIVE", Database.string("SELECT status FROM authenticator WHERE account_id = ?", account));
    }

    /**
     * A patient guesser waits out every lock of the ladder; the daily cap still stops them at 100 failures in 24 hours
     * (refusing even a right code, unevaluated) and lifts a day after the first of them. The owner signs in halfway,
     * so the cap since the last success (FailureBudgetIT) is not what stops them. The server's clock is moved past
     * each lock instead of waited for.
     */
    @Test
    void theDailyCapStopsAGuesserWhoWaitsOutEveryLock() {
        String admin = Tokens.forSubject("clock-admin", "admin");
        AuthenticatorApp app = confirmed(AuthenticatorApp.currentStep() - 1);
        long offset = 0;
        try {
            int failures = 0;
            while (failures < 100) {
                Api.Reply reply = verify(app.wrongCodeAt(offset));
                if (reply.status() == 429) {
                    offset += Long.parseLong(reply.header("Retry-After").orElseThrow()) + 1;
                    ServerClock.set(api, admin, offset);
                    continue;
                }
                assertEquals(422, reply.status(), reply::toString);
                failures++;
                if (failures == 52) { // not a multiple of the threshold: no lock in force now
                    // the owner signs in between: the cap since the last success starts over, the daily cap does not
                    Api.Reply owner = verify(app.codeAtOffset(offset));
                    assertEquals(200, owner.status(), owner::toString);
                }
            }
            // past the longest lock of the ladder: what still refuses is the cap
            offset += 16 * 60;
            ServerClock.set(api, admin, offset);
            Api.Reply capped = verify(app.wrongCodeAt(offset));
            assertEquals(429, capped.status(), capped::toString);
            long waitSeconds = Long.parseLong(capped.header("Retry-After").orElseThrow());
            assertTrue(
                    waitSeconds > 16 * 60 && waitSeconds <= 24 * 3600 - offset + 60,
                    () -> "Retry-After " + waitSeconds);
            long step = AuthenticatorApp.stepAtOffset(offset);
            assertEquals(429, verify(app.codeAt(step)).status(), "a right code is refused unevaluated under the cap");
            assertEquals(
                    100,
                    Database.count(
                            "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND outcome = 'FAILURE'",
                            account));

            offset += waitSeconds + 1;
            ServerClock.set(api, admin, offset);
            step = AuthenticatorApp.stepAtOffset(offset);
            Api.Reply lifted = verify(app.codeAt(step));
            assertEquals(200, lifted.status(), lifted::toString);
        } finally {
            ServerClock.set(api, admin, 0);
        }
    }

    @AfterAll
    static void noSecretOrCodeReachedTheServerLog() throws IOException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String text = Files.readString(log);
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), "a TOTP secret is in the server log");
        }
        for (String code : CODES) {
            assertFalse(text.matches("(?s).*\"code\"\\s*:\\s*\"" + code + "\".*"), "a code is in the server log");
        }
    }

    private AuthenticatorApp confirmed(long step) {
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, step);
        remember(app);
        return app;
    }

    private static void remember(AuthenticatorApp app) {
        synchronized (SECRETS) {
            SECRETS.add(app.base32Secret());
        }
    }

    private Api.Reply verify(String code) {
        synchronized (CODES) {
            CODES.add(code);
        }
        return api.post("/api/v1/me/verifications", user, code(code));
    }

    /** The 422 body of a plainly wrong code on a fresh account, to compare other refusals with. */
    private String wrongCodeBody(AuthenticatorApp app) {
        return api.post(
                        "/api/v1/me/verifications",
                        Tokens.forSubject(Tokens.newAccountId("other"), "user"),
                        code(app.wrongCode()))
                .body();
    }
}
