package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concurrent first requests and profile writes for one account: each answered, none a 500, one account row. */
class AccountRaceIT extends DeployedEarTest {

    private static final int REQUESTS = 30;

    @Test
    void parallelProfileWritesOfOneAccountAreAllAnswered() throws Exception {
        String accountId = Tokens.newAccountId("race-put");
        String service = Tokens.forSubject("platform-backend", "service");
        Map<Integer, Integer> statuses = Concurrently.run(
                REQUESTS,
                i -> api.put(
                                "/api/v1/accounts/" + accountId,
                                service,
                                "{\"email\":\"race" + i + "@example.org\",\"riskTier\":\""
                                        + (i % 2 == 0 ? "HIGH" : "STANDARD") + "\"}")
                        .status());
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 201), statuses::toString);
        assertEquals(1, statuses.getOrDefault(201, 0), "exactly one request created it: " + statuses);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM account WHERE id = ?", accountId));
    }

    @Test
    void parallelFirstRequestsWithAnEmailClaimAreAllAnswered() throws Exception {
        String accountId = Tokens.newAccountId("race-first");
        String user = Tokens.mint(accountId, accountId + "@example.org", "user");
        Map<Integer, Integer> statuses = Concurrently.run(
                REQUESTS, i -> api.get("/api/v1/me/security", user).status());
        assertEquals(Map.of(200, REQUESTS), statuses);
        assertEquals(accountId + "@example.org", Database.string("SELECT email FROM account WHERE id = ?", accountId));
    }

    @Test
    void aClaimedEmailAdoptedByParallelRequestsOfAnExistingAccount() throws Exception {
        String accountId = Tokens.newAccountId("race-adopt");
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(accountId, "user"))
                        .status());
        String user = Tokens.mint(accountId, accountId + "@example.org", "user");
        Map<Integer, Integer> statuses = Concurrently.run(
                REQUESTS, i -> api.get("/api/v1/me/security", user).status());
        assertEquals(Map.of(200, REQUESTS), statuses);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND event_type = 'ACCOUNT_PROFILE_CHANGED'",
                        accountId),
                "the address was adopted once");
    }

    /**
     * Parallel enrollments of one existing account: the database may break a deadlock on the authenticator's unique
     * index by rolling one transaction back; that request is retried whole, not answered 503.
     */
    @Test
    void parallelEnrollmentsOfOneAccountAreAllAnswered() throws Exception {
        for (int round = 0; round < 5; round++) {
            String accountId = Tokens.newAccountId("race-enroll");
            String user = Tokens.forSubject(accountId, "user");
            assertEquals(200, api.get("/api/v1/me/security", user).status());
            Map<Integer, Integer> statuses = Concurrently.run(
                    REQUESTS,
                    i -> api.post("/api/v1/me/authenticator", user, "{}").status());
            assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 409), statuses::toString);
            assertEquals(1, Database.count("SELECT COUNT(*) FROM authenticator WHERE account_id = ?", accountId));
        }
    }
}
