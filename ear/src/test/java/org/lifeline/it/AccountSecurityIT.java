package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accounts on first use, the status shape of the contract, and who may read what. */
class AccountSecurityIT extends DeployedEarTest {

    @Test
    void aUserReadsTheirOwnStatusAndTheAccountIsCreatedOnFirstUse() {
        String account = Tokens.newAccountId("alice");
        Api.Reply reply = api.get("/api/v1/me/security", Tokens.mint(account, "alice@example.org", "user"));

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject status = reply.json();
        assertEquals("NONE", status.getJsonObject("authenticator").getString("status"));
        JsonObject codes = status.getJsonObject("recoveryCodes");
        assertEquals(0, codes.getInt("remaining"));
        assertEquals(0, codes.getInt("total"));
        assertEquals(JsonValue.NULL, codes.get("generatedAt"));
        assertFalse(codes.getBoolean("mustRegenerate"));
        assertFalse(status.getJsonObject("lock").getBoolean("locked"));
        assertEquals(0, status.getJsonObject("lock").getInt("retryAfterSeconds"));
        assertEquals(JsonValue.NULL, status.getJsonObject("hold").get("sensitiveActionsBlockedUntil"));
        assertEquals(JsonValue.NULL, status.get("openRecoveryCase"));

        assertEquals("alice@example.org", Database.string("SELECT email FROM account WHERE id = ?", account));
        assertEquals("STANDARD", Database.string("SELECT risk_tier FROM account WHERE id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'ACCOUNT_CREATED'",
                        account));
    }

    @Test
    void theServiceCreatesThenUpdatesAnAccount() {
        String account = Tokens.newAccountId("bob");
        String service = Tokens.forSubject("platform-backend", "service");

        Api.Reply created = api.put(
                "/api/v1/accounts/" + account, service, "{\"email\":\"bob@example.org\",\"riskTier\":\"HIGH\"}");
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/accounts/" + account));
        assertEquals("HIGH", created.json().getString("riskTier"));

        Api.Reply updated = api.put(
                "/api/v1/accounts/" + account, service, "{\"email\":\"bob@example.net\",\"riskTier\":\"STANDARD\"}");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("bob@example.net", updated.json().getString("email"));
        assertEquals("STANDARD", Database.string("SELECT risk_tier FROM account WHERE id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'ACCOUNT_PROFILE_CHANGED' AND details LIKE '%HIGH -> STANDARD%'",
                        account));
        // The address itself never enters the audit trail.
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND details LIKE '%example%'", account));

        Api.Reply status = api.get("/api/v1/accounts/" + account + "/security", service);
        assertEquals(200, status.status(), status::toString);
        assertEquals("NONE", status.json().getJsonObject("authenticator").getString("status"));
    }

    @Test
    void theServiceCreatesAnUnknownAccountWhenReadingItsStatus() {
        String account = Tokens.newAccountId("carol");
        Api.Reply status =
                api.get("/api/v1/accounts/" + account + "/security", Tokens.forSubject("platform-backend", "service"));
        assertEquals(200, status.status(), status::toString);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM account WHERE id = ?", account));
    }

    @Test
    void accountIdsAreCaseSensitive() {
        String account = Tokens.newAccountId("Dave");
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(account, "user"))
                        .status());
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(account.toLowerCase(), "user"))
                        .status());
        assertEquals(
                2, Database.count("SELECT COUNT(*) FROM account WHERE id IN (?, ?)", account, account.toLowerCase()));
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        Api.Reply reply = api.get("/api/v1/me/security", null);
        assertEquals(401, reply.status(), reply::toString);
        assertProblem(reply, "unauthorized");
        assertEquals("Bearer", reply.header("WWW-Authenticate").orElse(""));
    }

    @Test
    void aForgedOrExpiredTokenIs401() {
        String valid = Tokens.forSubject(Tokens.newAccountId("eve"), "user");
        String forged =
                valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        for (String token : List.of(forged, "not-a-jwt", expired())) {
            Api.Reply reply = api.get("/api/v1/me/security", token);
            assertEquals(401, reply.status(), reply::toString);
            assertProblem(reply, "unauthorized");
        }
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIs401() {
        String account = Tokens.newAccountId("oscar");
        for (String token : List.of(
                Tokens.forAudience(account, "another-service", "user"), Tokens.forAudience(account, null, "user"))) {
            Api.Reply reply = api.get("/api/v1/me/security", token);
            assertEquals(401, reply.status(), reply::toString);
            assertProblem(reply, "unauthorized");
        }
    }

    @Test
    void theClockMovesAtMostAYearAndOnlyForAnAdministrator() {
        String admin = Tokens.forSubject("clock-admin", "admin");
        Api.Reply tooFar = api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":" + (365L * 86400 + 1) + "}");
        assertEquals(400, tooFar.status(), tooFar::toString);
        assertProblem(tooFar, "invalid-request");
        Api.Reply back = api.put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":-60}");
        assertEquals(400, back.status(), back::toString);
        assertEquals(
                403,
                api.put("/api/v1/dev/clock", Tokens.forSubject("not-admin", "user"), "{\"offsetSeconds\":0}")
                        .status());
        assertEquals(
                0,
                api.get("/api/v1/dev/clock", admin)
                        .json()
                        .getJsonNumber("offsetSeconds")
                        .longValue());
    }

    @Test
    void theWrongRoleIs403() {
        String user = Tokens.forSubject(Tokens.newAccountId("mallory"), "user");
        for (String path : List.of(
                "/api/v1/accounts/someone/security",
                "/api/v1/accounts/someone/events",
                "/api/v1/audit-log/verification")) {
            Api.Reply reply = api.get(path, user);
            assertEquals(403, reply.status(), () -> path + " " + reply);
            assertProblem(reply, "forbidden");
        }
        Api.Reply put = api.put("/api/v1/accounts/someone", user, "{\"riskTier\":\"STANDARD\"}");
        assertEquals(403, put.status(), put::toString);
        Api.Reply auditorOnMe = api.get("/api/v1/me/security", Tokens.forSubject("auditor-1", "auditor"));
        assertEquals(403, auditorOnMe.status(), auditorOnMe::toString);
    }

    @Test
    void anAdministratorMayActAsEveryRole() {
        String admin = Tokens.forSubject("root-admin", "admin");
        String account = Tokens.newAccountId("frank");
        assertEquals(
                201,
                api.put("/api/v1/accounts/" + account, admin, "{\"riskTier\":\"STANDARD\"}")
                        .status());
        assertEquals(
                200, api.get("/api/v1/accounts/" + account + "/events", admin).status());
        assertEquals(200, api.get("/api/v1/audit-log/verification", admin).status());
        assertEquals(
                "admin",
                Database.string(
                        "SELECT actor_role FROM audit_event WHERE account_id = ? AND event_type = 'ACCOUNT_CREATED'",
                        account));
    }

    @Test
    void concurrentFirstRequestsCreateOneAccount() throws Exception {
        String account = Tokens.newAccountId("grace");
        String token = Tokens.forSubject(account, "user");
        Map<Integer, Integer> statuses =
                Concurrently.run(20, i -> api.get("/api/v1/me/security", token).status());
        assertEquals(Map.of(200, 20), statuses);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM account WHERE id = ?", account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'ACCOUNT_CREATED'",
                        account));
    }

    /** Thirty profile writes to one account at once: each one waits its turn on the row, none answers 500. */
    @Test
    void concurrentProfileWritesTakeTurns() throws Exception {
        String account = Tokens.newAccountId("heidi");
        String service = Tokens.forSubject("platform-backend", "service");
        assertEquals(
                201,
                api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"STANDARD\"}")
                        .status());
        Map<Integer, Integer> statuses = Concurrently.run(
                30,
                i -> api.put(
                                "/api/v1/accounts/" + account,
                                service,
                                "{\"riskTier\":\"" + (i % 2 == 0 ? "HIGH" : "STANDARD") + "\",\"email\":\"h" + i
                                        + "@example.org\"}")
                        .status());
        assertEquals(Map.of(200, 30), statuses);
    }

    /** Thirty first-time requests whose token brings an address the account lacks: it is taken once, no 500. */
    @Test
    void concurrentRequestsAdoptTheTokensAddressOnce() throws Exception {
        String account = Tokens.newAccountId("ivan");
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(account, "user"))
                        .status());
        String withEmail = Tokens.mint(account, "ivan@example.org", "user");
        Map<Integer, Integer> statuses = Concurrently.run(
                30, i -> api.get("/api/v1/me/security", withEmail).status());
        assertEquals(Map.of(200, 30), statuses);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'ACCOUNT_PROFILE_CHANGED'",
                        account));
    }

    private static String expired() {
        try {
            return new org.lifeline.dev.DevToken(java.nio.file.Path.of(System.getProperty("lifeline.dev.key")))
                    .mint("someone", List.of("user"), null, java.time.Duration.ofSeconds(-600));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertProblem(Api.Reply reply, String code) {
        assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "content type of " + reply);
        JsonObject problem = reply.json();
        assertEquals(code, problem.getString("code"), reply::toString);
        assertEquals(reply.status(), problem.getInt("status"));
        assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"));
        assertFalse(
                reply.body().matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+|org\\.|java\\.|SQL).*"),
                () -> "leaks internals: " + reply.body());
    }
}
