package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;
import static org.lifeline.it.Flows.code;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recovery-code attacks of the security requirements, against the deployed server and the database. */
class RecoveryCodesIT extends DeployedEarTest {

    private String account;
    private String user;
    private AuthenticatorApp app;
    private long confirmedStep;
    private List<String> codes;

    @BeforeEach
    void enrolled() {
        account = Tokens.newAccountId("codes");
        user = Tokens.mint(account, account + "@example.org", "user");
        Flows.Enrolled enrolled = Flows.enrollKeepingCodes(api, user);
        app = enrolled.app();
        confirmedStep = enrolled.confirmedStep();
        codes = enrolled.recoveryCodes();
    }

    @Test
    void confirmationShowsTenCodesOnceAndStoresOnlyDigests() throws Exception {
        assertEquals(10, codes.size());
        for (String code : codes) {
            assertTrue(code.matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}"), code);
        }
        assertEquals(10, codes.stream().distinct().count());
        List<String> stored = new ArrayList<>();
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("SELECT c.digest FROM"
                        + " recovery_code c JOIN recovery_code_set s ON s.id = c.set_id WHERE s.account_id = ?")) {
            s.setString(1, account);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        assertEquals(10, stored.size());
        for (String code : codes) {
            String bare = code.replace("-", "");
            assertTrue(stored.stream().noneMatch(d -> d.contains(bare) || d.equalsIgnoreCase(sha256(bare))));
        }
        // each digest names its key: the active one, the pepper's derived key unless the deployment rotated
        assertEquals(
                10,
                Database.count(
                        "SELECT COUNT(*) FROM recovery_code c JOIN recovery_code_set s ON s.id = c.set_id"
                                + " WHERE s.account_id = ? AND c.key_id = 'pepper'",
                        account));
        // No table holds a code in plain text: not the audit trail, the attempts or the notification outbox.
        for (String code : codes) {
            for (String table : List.of("audit_event", "notification")) {
                assertEquals(
                        0,
                        Database.count(
                                "SELECT COUNT(*) FROM " + table + " WHERE details LIKE ? OR details LIKE ?",
                                "%" + code + "%",
                                "%" + code.replace("-", "") + "%"),
                        table);
            }
        }
        JsonObject status = api.get("/api/v1/me/security", user).json().getJsonObject("recoveryCodes");
        assertEquals(10, status.getInt("remaining"));
        assertEquals(10, status.getInt("total"));
        assertFalse(status.getBoolean("mustRegenerate"));
        assertFalse(status.getString("generatedAt").isBlank());
    }

    @Test
    void aCodeWorksOnceAndTheOwnerMustRegenerate() {
        Api.Reply used = recover(codes.get(0));
        assertEquals(200, used.status(), used::toString);
        assertEquals("RECOVERY_CODE", used.json().getString("method"));
        assertEquals(9, used.json().getInt("recoveryCodesRemaining"));
        assertTrue(used.json().getBoolean("mustRegenerate"));

        Api.Reply again = recover(codes.get(0));
        assertEquals(422, again.status(), again::toString);
        assertProblem(again, "verification-failed");
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?"
                                + " AND reason = 'RECOVERY_CODE_REUSE'",
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CODE_REUSE'",
                        account));

        JsonObject status = api.get("/api/v1/me/security", user).json().getJsonObject("recoveryCodes");
        assertEquals(9, status.getInt("remaining"));
        assertTrue(status.getBoolean("mustRegenerate"));
        assertFalse(status.getString("lastUsedAt").isBlank());
    }

    @Test
    void thirtyConcurrentUsesOfOneCodeGiveExactlyOneSuccess() throws Exception {
        String code = codes.get(3);
        Map<Integer, Integer> statuses = Concurrently.run(30, i -> recover(code).status());
        assertEquals(1, statuses.getOrDefault(200, 0), statuses::toString);
        assertEquals(
                9,
                Database.count(
                        "SELECT COUNT(*) FROM recovery_code c JOIN recovery_code_set s"
                                + " ON s.id = c.set_id WHERE s.account_id = ? AND s.revoked_at IS NULL AND c.used_at IS NULL",
                        account));
    }

    @Test
    void typingIsForgiven() {
        String typed = codes.get(1)
                .replace("-", " ")
                .toLowerCase(Locale.ROOT)
                .replace('0', 'o')
                .replace('1', 'l');
        Api.Reply used = recover(typed);
        assertEquals(200, used.status(), () -> typed + " -> " + used);
    }

    @Test
    void codesOfOthersStoredDigestsAndGibberishAreRefused() {
        String other = Tokens.newAccountId("other");
        String otherUser = Tokens.forSubject(other, "user");
        AuthenticatorApp otherApp = Flows.enroll(api, otherUser);
        Api.Reply otherConfirmed = api.post(
                "/api/v1/me/authenticator/confirm", otherUser, code(otherApp.codeAt(AuthenticatorApp.currentStep())));
        String othersCode = otherConfirmed.json().getJsonArray("recoveryCodes").getString(0);
        assertEquals(422, recover(othersCode).status());

        String digest = Database.string(
                "SELECT c.digest FROM recovery_code c JOIN recovery_code_set s"
                        + " ON s.id = c.set_id WHERE s.account_id = ? LIMIT 1",
                account);
        assertEquals(422, recover(digest).status());
        assertEquals(422, recover(digest.substring(0, 24)).status());
        // Still locked out of nothing: the account's own code still works after those failures (3 of 5).
        assertEquals(200, recover(codes.get(2)).status());
        assertEquals(
                200,
                api.post("/api/v1/me/verifications", otherUser, "{\"recoveryCode\":\"" + othersCode + "\"}")
                        .status(),
                "the other account's code is still unused");
    }

    @Test
    void regenerationNeedsAFreshTotpCodeAndKillsTheOldSet() {
        Api.Reply noStepUp = api.post("/api/v1/me/recovery-codes", user, code(app.wrongCode()));
        assertEquals(422, noStepUp.status(), noStepUp::toString);
        Api.Reply recoveryAsStepUp = api.post("/api/v1/me/recovery-codes", user, "{\"code\":\"" + codes.get(0) + "\"}");
        assertTrue(recoveryAsStepUp.status() == 422 || recoveryAsStepUp.status() == 400, recoveryAsStepUp::toString);

        Api.Reply renewed = api.post("/api/v1/me/recovery-codes", user, code(app.codeAt(confirmedStep + 1)));
        assertEquals(201, renewed.status(), renewed::toString);
        List<String> fresh = renewed.json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        assertEquals(10, fresh.size());
        assertTrue(fresh.stream().noneMatch(codes::contains));

        Api.Reply old = recover(codes.get(5));
        assertEquals(422, old.status(), old::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?"
                                + " AND reason = 'RECOVERY_CODE_REUSE'",
                        account));
        assertEquals(200, recover(fresh.get(0)).status());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM recovery_code_set WHERE account_id = ?" + " AND revoked_at IS NULL",
                        account));
    }

    @Test
    void theCodesDownloadAsATextFile() {
        AuthenticatorApp.awaitStepWithAtLeast(5);
        Api.Reply sheet = api.send(api.request("/api/v1/me/recovery-codes", user)
                .setHeader("Accept", "text/plain")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(code(app.codeAt(AuthenticatorApp.currentStep())))));
        assertEquals(201, sheet.status(), sheet::toString);
        assertTrue(sheet.contentType().startsWith("text/plain"), sheet.contentType());
        assertEquals(
                "attachment; filename=\"lifeline-recovery-codes.txt\"",
                sheet.header("Content-Disposition").orElse(""));
        assertTrue(sheet.header("Cache-Control").orElse("").contains("no-store"));
        assertTrue(
                sheet.body().startsWith("Lifeline recovery codes\nAccount: " + account + "@example.org\n"),
                sheet::body);
        assertEquals(
                10,
                sheet.body()
                        .lines()
                        .filter(l -> l.matches(" ?\\d+\\. ([0-9A-Z]{4}-){5}[0-9A-Z]{4}"))
                        .count(),
                sheet::body);
        assertTrue(sheet.body().contains("offline"));
    }

    @Test
    void aFrozenAuthenticatorLeavesTheCodesWorkingAndOneRemovesIt() {
        assertEquals(200, api.post("/api/v1/me/lost-device", user, "").status());
        assertEquals(
                422,
                api.post("/api/v1/me/verifications", user, code(app.codeAt(confirmedStep + 1)))
                        .status());
        assertEquals(200, recover(codes.get(0)).status());

        Api.Reply removed = api.send(api.request("/api/v1/me/authenticator", user)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"recoveryCode\":\"" + codes.get(1) + "\"}")));
        assertEquals(204, removed.status(), removed::toString);
        assertEquals(
                "NONE",
                api.get("/api/v1/me/security", user)
                        .json()
                        .getJsonObject("authenticator")
                        .getString("status"));
        // Removing the authenticator revoked the codes with it.
        assertEquals(422, recover(codes.get(2)).status());
        assertEquals(
                0,
                api.get("/api/v1/me/security", user)
                        .json()
                        .getJsonObject("recoveryCodes")
                        .getInt("remaining"));
    }

    @Test
    void fewCodesLeftAreFlagged() {
        for (int i = 0; i < 6; i++) {
            assertEquals(200, recover(codes.get(i)).status());
        }
        JsonObject four = api.get("/api/v1/me/security", user).json().getJsonObject("recoveryCodes");
        assertEquals(4, four.getInt("remaining"));
        assertFalse(four.getBoolean("low"));
        assertEquals(200, recover(codes.get(6)).status());
        assertTrue(api.get("/api/v1/me/security", user)
                .json()
                .getJsonObject("recoveryCodes")
                .getBoolean("low"));
    }

    private Api.Reply recover(String code) {
        return api.post("/api/v1/me/verifications", user, "{\"recoveryCode\":\"" + code + "\"}");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
