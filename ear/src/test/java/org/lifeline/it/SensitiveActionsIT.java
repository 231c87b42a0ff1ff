package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sensitive-action gate a platform asks before a withdrawal: each reason turns on with its cause and off when the
 * cause is gone, the owner and the platform see the same answer, and support's review clearance is audited.
 */
class SensitiveActionsIT extends DeployedEarTest {

    private final String service = Tokens.forSubject("platform", "service");
    private final String agent = Tokens.forSubject("agent-1", "support");
    private final String admin = Tokens.forSubject("admin-1", "admin");

    @Test
    void eachReasonHoldsWhileItsCauseLasts() {
        String account = Tokens.newAccountId("gate");
        String user = Tokens.forSubject(account, "user");

        JsonObject fresh = gate(account);
        assertEquals(List.of("NO_SECOND_FACTOR"), codes(fresh), fresh::toString);
        assertFalse(fresh.getBoolean("allowed"));
        assertTrue(fresh.isNull("blockedUntil"));

        Flows.Enrolled enrolled = Flows.enrollKeepingCodes(api, user);
        assertAllowed(account, user);

        Api.Reply used = api.post(
                "/api/v1/me/verifications",
                user,
                "{\"recoveryCode\":\"" + enrolled.recoveryCodes().get(0) + "\"}");
        assertEquals(200, used.status(), used::toString);
        assertEquals(List.of("RECOVERY_CODES_MUST_REGENERATE"), codes(gate(account)));
        Api.Reply renewed = api.post(
                "/api/v1/me/recovery-codes", user, Flows.code(enrolled.app().codeAt(enrolled.confirmedStep() + 1)));
        assertEquals(201, renewed.status(), renewed::toString);
        assertAllowed(account, user);

        Database.update(
                "UPDATE account SET review_flagged_at = ?, review_reason = 'BRUTE_FORCE' WHERE id = ?",
                Database.utc(Instant.now()),
                account);
        assertEquals(List.of("UNDER_REVIEW"), codes(gate(account)));
        Api.Reply cleared =
                api.post("/api/v1/accounts/" + account + "/review-clearance", agent, "{\"note\":\"a travel burst\"}");
        assertEquals(204, cleared.status(), cleared::toString);
        assertAllowed(account, user);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = 'REVIEW_CLEARED' AND"
                                + " actor_subject = 'agent-1' AND details LIKE '%BRUTE_FORCE%' AND details LIKE"
                                + " '%a travel burst%'",
                        account));

        Instant hold = Instant.now().plus(Duration.ofHours(48)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Database.update(
                "UPDATE account SET sensitive_actions_blocked_until = ? WHERE id = ?", Database.utc(hold), account);
        JsonObject held = gate(account);
        assertEquals(List.of("RESET_HOLD"), codes(held));
        assertEquals(hold, Instant.parse(held.getString("blockedUntil")));
        assertEquals(hold, Instant.parse(reason(held, "RESET_HOLD").getString("until")));
        try {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + 49 * 3600 + "}")
                            .status());
            assertEquals(List.of(), codes(gate(account)), "the hold ends by itself");
        } finally {
            assertEquals(
                    204,
                    api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":0}").status());
        }
        Database.update("UPDATE account SET sensitive_actions_blocked_until = NULL WHERE id = ?", account);

        for (int i = 0; i < 5; i++) {
            assertEquals(
                    422,
                    api.post(
                                    "/api/v1/accounts/" + account + "/verifications",
                                    service,
                                    Flows.code(enrolled.app().wrongCode()))
                            .status());
        }
        JsonObject locked = gate(account);
        assertEquals(List.of("ACCOUNT_LOCKED"), codes(locked));
        Instant until = Instant.parse(reason(locked, "ACCOUNT_LOCKED").getString("until"));
        assertTrue(until.isAfter(Instant.now()), locked::toString);
        assertEquals(until, Instant.parse(locked.getString("blockedUntil")));
        assertEquals(
                204,
                api.post("/api/v1/accounts/" + account + "/unlock", agent, "{\"note\":\"owner called\"}")
                        .status());
        assertAllowed(account, user);

        String caseId = Flows.openCase(api, user);
        assertEquals(List.of("RECOVERY_CASE_OPEN"), codes(gate(account)));
        assertEquals(
                200,
                api.post("/api/v1/me/recovery-cases/" + caseId + "/cancel", user, "")
                        .status());
        assertAllowed(account, user);

        Api.Reply lost = api.post("/api/v1/me/lost-device", user, "");
        assertEquals(200, lost.status(), lost::toString);
        JsonObject frozen = gate(account);
        assertEquals(List.of("AUTHENTICATOR_FROZEN", "NO_SECOND_FACTOR"), codes(frozen), frozen::toString);
        assertTrue(frozen.isNull("blockedUntil"));
    }

    @Test
    void reviewClearanceIsForSupportNeverOnTheirOwnAccount() {
        String account = Tokens.newAccountId("clearance");
        assertEquals(
                200,
                api.get("/api/v1/accounts/" + account + "/security", service).status());
        String path = "/api/v1/accounts/" + account + "/review-clearance";
        assertEquals(
                403,
                api.post(path, Tokens.forSubject(account, "user"), "{\"note\":\"x\"}")
                        .status());
        assertEquals(403, api.post(path, service, "{\"note\":\"x\"}").status());
        assertEquals(
                403,
                api.post(path, Tokens.forSubject(account, "support"), "{\"note\":\"x\"}")
                        .status());
        assertEquals(400, api.post(path, agent, "{\"note\":\" \"}").status());
        assertEquals(
                404,
                api.post(
                                "/api/v1/accounts/" + Tokens.newAccountId("nobody") + "/review-clearance",
                                agent,
                                "{\"note\":\"x\"}")
                        .status());
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = 'REVIEW_CLEARED'",
                        account));
    }

    private void assertAllowed(String account, String user) {
        JsonObject platform = gate(account);
        assertTrue(platform.getBoolean("allowed"), platform::toString);
        assertEquals(List.of(), codes(platform));
        assertTrue(platform.isNull("blockedUntil"));
        Api.Reply own = api.get("/api/v1/me/sensitive-actions", user);
        assertEquals(200, own.status(), own::toString);
        assertEquals(platform, own.json(), "the owner sees what the platform sees");
    }

    private JsonObject gate(String account) {
        Api.Reply reply = api.get("/api/v1/accounts/" + account + "/sensitive-actions", service);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> codes(JsonObject gate) {
        return gate.getJsonArray("reasons").stream()
                .map(JsonObject.class::cast)
                .map(reason -> reason.getString("code"))
                .toList();
    }

    private static JsonObject reason(JsonObject gate, String code) {
        return gate.getJsonArray("reasons").stream()
                .map(JsonObject.class::cast)
                .filter(reason -> reason.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }
}
