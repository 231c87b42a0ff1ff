package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;
import static org.lifeline.it.Flows.code;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The budgets beyond the ladder, against the deployed server and checked in the database: the cap of TOTP failures
 * since the last success (a daily cap alone renews forever), recovery codes on a budget of their own so that TOTP
 * guessing never takes the owner's way back, and support's unlock clearing every lock and saying what remained.
 */
class FailureBudgetIT extends DeployedEarTest {

    private static final String ADMIN = Tokens.forSubject("clock-admin", "admin");

    private String account;
    private String user;
    private AuthenticatorApp app;
    private List<String> recoveryCodes;
    private long offset;
    private long confirmedStep;

    @BeforeEach
    void enrolled() {
        account = Tokens.newAccountId("budget");
        user = Tokens.mint(account, account + "@example.org", "user");
        Flows.Enrolled enrolled = Flows.enrollKeepingCodes(api, user);
        app = enrolled.app();
        confirmedStep = enrolled.confirmedStep();
        recoveryCodes = enrolled.recoveryCodes();
        offset = 0;
    }

    @AfterEach
    void clockBack() {
        ServerClock.set(api, ADMIN, 0);
    }

    /**
     * 60 failures one day and 40 the next stay under the daily cap of 100, but the 100th failure without a right code
     * between bars TOTP: a right code is refused unevaluated (429 `locked`, no Retry-After: it does not lift with
     * time), still two days later; the owner is told; a right recovery code lifts the bar.
     */
    @Test
    void aHundredFailuresSinceTheLastSuccessBarTotpUntilARecoveryCode() {
        guessWrong(60);
        advance(25 * 3600);
        guessWrong(40);

        Api.Reply barred = verifyTotp(app.codeAtOffset(offset));
        assertEquals(429, barred.status(), barred::toString);
        assertProblem(barred, "locked");
        assertTrue(barred.header("Retry-After").isEmpty(), "a bar promises no time");
        assertEquals(
                String.valueOf(confirmedStep),
                Database.string("SELECT last_used_step FROM authenticator WHERE account_id = ?", account),
                "the right code was not evaluated");
        JsonObject lock = api.get("/api/v1/me/security", user).json().getJsonObject("lock");
        assertTrue(lock.getBoolean("locked"), lock::toString);
        assertTrue(lock.getBoolean("totpBarred"), lock::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'TOTP_BARRED'"
                                + " AND details LIKE '%\"failuresSinceSuccess\":\"100\"%'",
                        account));
        assertEquals(
                2,
                Database.count(
                        "SELECT COUNT(*) FROM notification WHERE account_id = ? AND type = 'TOTP_BARRED'", account),
                "the owner is told, by e-mail and through the platform's webhook");
        assertEquals(
                100,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND outcome = 'FAILURE'",
                        account),
                "no refused code after the bar was counted as a failure");

        advance(2 * 24 * 3600);
        assertEquals(429, verifyTotp(app.codeAtOffset(offset)).status(), "the bar does not lift with time");

        Api.Reply recovered = verifyRecoveryCode(recoveryCodes.get(0));
        assertEquals(200, recovered.status(), recovered::toString);
        assertFalse(api.get("/api/v1/me/security", user)
                .json()
                .getJsonObject("lock")
                .getBoolean("totpBarred"));
        advance(AuthenticatorApp.PERIOD);
        Api.Reply totp = verifyTotp(app.codeAtOffset(offset));
        assertEquals(200, totp.status(), totp::toString);
    }

    /** Wrong TOTP codes lock TOTP, not the recovery codes; wrong recovery codes lock the recovery codes, not TOTP. */
    @Test
    void recoveryCodesHaveABudgetOfTheirOwn() {
        for (int i = 0; i < 5; i++) {
            assertEquals(422, verifyTotp(app.wrongCode()).status());
        }
        assertEquals(429, verifyTotp(app.currentCode()).status());
        Api.Reply recovered = verifyRecoveryCode(recoveryCodes.get(0));
        assertEquals(200, recovered.status(), "a TOTP lock leaves the recovery codes usable: " + recovered);
        // a right recovery code proves the owner: the TOTP lock is gone too
        AuthenticatorApp.awaitStepWithAtLeast(5);
        long step = AuthenticatorApp.currentStep();
        assertEquals(200, verifyTotp(app.codeAt(step)).status());

        for (int i = 0; i < 10; i++) {
            Api.Reply wrong = verifyRecoveryCode("AAAA-BBBB-CCCC-DDDD-EEEE-FFF" + i);
            assertEquals(422, wrong.status(), wrong::toString);
        }
        Api.Reply locked = verifyRecoveryCode(recoveryCodes.get(1));
        assertEquals(429, locked.status(), locked::toString);
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(
                9,
                api.get("/api/v1/me/security", user)
                        .json()
                        .getJsonObject("recoveryCodes")
                        .getInt("remaining"),
                "the locked-out recovery code was not evaluated");
        advance(AuthenticatorApp.PERIOD);
        Api.Reply totp = verifyTotp(app.codeAtOffset(offset));
        assertEquals(200, totp.status(), "recovery-code guessing leaves TOTP alone: " + totp);
        assertFalse(api.get("/api/v1/me/security", user)
                .json()
                .getJsonObject("lock")
                .getBoolean("locked"));
    }

    /**
     * An attacker with the password holds the victim at the daily cap; support's unlock lifts it (and the bar)
     * at once, and the trail records what remained.
     */
    @Test
    void supportsUnlockClearsTheDailyCapAndTheBarAndSaysWhatRemained() {
        guessWrong(100);
        Api.Reply capped = verifyTotp(app.codeAtOffset(offset));
        assertEquals(429, capped.status(), capped::toString);

        String support = Tokens.forSubject("agent-7", "support");
        Api.Reply unlocked = api.post(
                "/api/v1/accounts/" + account + "/unlock", support, "{\"note\":\"owner verified on a video call\"}");
        assertEquals(204, unlocked.status(), unlocked::toString);
        String details = Database.string(
                "SELECT details FROM audit_event WHERE account_id = ? AND event_type = 'ACCOUNT_UNLOCKED'", account);
        assertTrue(details.contains("\"wasLocked\":\"true\""), details);
        assertTrue(details.contains("\"totpWasBarred\":\"true\""), details);
        assertTrue(details.contains("\"failuresSinceSuccess\":\"100\""), details);
        assertTrue(details.contains("\"failuresInLastDay\":\"100\""), details);
        assertTrue(details.contains("\"recoveryCodesWereLocked\":\"false\""), details);

        advance(AuthenticatorApp.PERIOD);
        Api.Reply right = verifyTotp(app.codeAtOffset(offset));
        assertEquals(200, right.status(), "the cap and the bar are gone at once: " + right);
        // the day's earlier failures no longer count: five more only start the ladder again
        for (int i = 0; i < 5; i++) {
            assertEquals(422, verifyTotp(app.wrongCodeAt(offset)).status());
        }
        Api.Reply laddered = verifyTotp(app.wrongCodeAt(offset));
        assertEquals(429, laddered.status());
        assertTrue(Long.parseLong(laddered.header("Retry-After").orElseThrow()) <= 60, laddered::toString);
    }

    /** Wrong TOTP codes until {@code failures} more were counted, moving the clock past each lock of the ladder. */
    private void guessWrong(int failures) {
        int counted = 0;
        while (counted < failures) {
            Api.Reply reply = verifyTotp(app.wrongCodeAt(offset));
            if (reply.status() == 429) {
                advance(Long.parseLong(reply.header("Retry-After").orElseThrow()) + 1);
                continue;
            }
            assertEquals(422, reply.status(), reply::toString);
            counted++;
        }
    }

    private void advance(long seconds) {
        offset += seconds;
        ServerClock.set(api, ADMIN, offset);
    }

    private Api.Reply verifyTotp(String code) {
        return api.post("/api/v1/me/verifications", user, code(code));
    }

    private Api.Reply verifyRecoveryCode(String recoveryCode) {
        return api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"" + recoveryCode + "\"}");
    }
}
