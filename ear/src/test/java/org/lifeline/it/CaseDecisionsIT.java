package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Support review of security-reset cases: approvals, rejections, the high-risk rule, and the races. */
class CaseDecisionsIT extends DeployedEarTest {

    private static final String CASE =
            "{\"reason\":\"DEVICE_RESET\",\"description\":\"Phone wiped\"," + "\"contactEmail\":\"me@example.org\"}";
    private static final String APPROVE = "{\"decision\":\"APPROVE\",\"note\":\"documents match\"}";
    private static final String REJECT = "{\"decision\":\"REJECT\",\"note\":\"selfie does not match\"}";

    private String account;
    private String user;
    private String agent1;
    private String agent2;

    @BeforeEach
    void actors() {
        account = Tokens.newAccountId("review");
        user = Tokens.forSubject(account, "user");
        agent1 = Tokens.forSubject("agent-1", "support");
        agent2 = Tokens.forSubject("agent-2", "support");
    }

    @Test
    void oneApprovalStartsTheWaitingPeriodOfAStandardAccount() {
        String id = submittedCase();
        Instant before = Instant.now();
        Api.Reply approved = decide(id, agent1, APPROVE);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));
        Instant effective = Instant.parse(approved.json().getString("effectiveAt"));
        assertWithin(before.plus(Duration.ofHours(48)), effective);
        assertEquals(
                "APPROVED",
                api.get("/api/v1/me/recovery-cases/" + id, user).json().getString("status"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CASE_DECIDED' AND actor_subject = 'agent-1'",
                        account));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM notification WHERE account_id = ?"
                                + " AND type = 'RECOVERY_CASE_APPROVED'",
                        account));
    }

    @Test
    void aHighRiskAccountNeedsTwoAgentsAndWaitsLonger() {
        assertEquals(
                201,
                api.put(
                                "/api/v1/accounts/" + account,
                                Tokens.forSubject("platform", "service"),
                                "{\"riskTier\":\"HIGH\"}")
                        .status());
        String id = submittedCase();
        Api.Reply first = decide(id, agent1, APPROVE);
        assertEquals(200, first.status(), first::toString);
        assertEquals("SUBMITTED", first.json().getString("status"), "one approval is not enough");
        Api.Reply again = decide(id, agent1, APPROVE);
        assertEquals(409, again.status(), again::toString);
        assertProblem(again, "conflict");
        Instant before = Instant.now();
        Api.Reply second = decide(id, agent2, APPROVE);
        assertEquals("APPROVED", second.json().getString("status"));
        assertWithin(
                before.plus(Duration.ofHours(72)), Instant.parse(second.json().getString("effectiveAt")));
        assertEquals(2, second.json().getJsonArray("decisions").size());
    }

    @Test
    void aRejectionClosesTheCase() {
        String id = submittedCase();
        Api.Reply rejected = decide(id, agent1, REJECT);
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(409, decide(id, agent2, APPROVE).status());
        assertEquals(201, api.post("/api/v1/me/recovery-cases", user, CASE).status(), "a closed case frees the slot");
    }

    @Test
    void onlySubmittedCasesAreDecidedAndNeverByTheOwner() {
        String waiting =
                api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
        assertEquals(409, decide(waiting, agent1, APPROVE).status());
        Api.Reply own = decide(waiting, Tokens.forSubject(account, "support"), APPROVE);
        assertEquals(403, own.status(), own::toString);
        assertProblem(own, "forbidden");
        assertEquals(404, decide(UUID.randomUUID().toString(), agent1, APPROVE).status());
        assertEquals(403, decide(waiting, user, APPROVE).status());
        assertEquals(400, decide(waiting, agent1, "{\"decision\":\"MAYBE\"}").status());
    }

    /**
     * A staff member's support identity may differ from their customer account: the token's account claim names the
     * account, so they still never decide on it, and their second identity is not a second agent.
     */
    @Test
    void staffWithAnotherSupportIdentityAreStillThePersonTheirTokenNames() {
        String id = submittedCase();
        Api.Reply own = decide(id, Tokens.forStaff("support-" + UUID.randomUUID(), account, "support"), APPROVE);
        assertEquals(403, own.status(), own::toString);
        assertProblem(own, "forbidden");

        assertEquals(
                200,
                api.put(
                                "/api/v1/accounts/" + account,
                                Tokens.forSubject("platform", "service"),
                                "{\"riskTier\":\"HIGH\"}")
                        .status());
        String person = Tokens.newAccountId("staff-member");
        Api.Reply first = decide(id, Tokens.forStaff("desk-a-" + UUID.randomUUID(), person, "support"), APPROVE);
        assertEquals(200, first.status(), first::toString);
        Api.Reply sameAgain = decide(id, Tokens.forStaff("desk-b-" + UUID.randomUUID(), person, "support"), APPROVE);
        assertEquals(409, sameAgain.status(), sameAgain::toString);
        assertProblem(sameAgain, "conflict");
        assertEquals(
                "SUBMITTED",
                Database.string("SELECT status FROM recovery_case WHERE id = ?", id),
                "one person's two identities are one approval");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM recovery_case_decision WHERE case_id = ?", id));
        assertEquals(person, Database.string("SELECT agent_account FROM recovery_case_decision WHERE case_id = ?", id));

        Api.Reply second = decide(id, agent2, APPROVE);
        assertEquals("APPROVED", second.json().getString("status"), second::toString);
    }

    @Test
    void approveRacingRejectEndsInOneFinalState() throws Exception {
        String id = submittedCase();
        Map<Integer, Integer> statuses = Concurrently.run(
                2,
                i -> decide(id, i == 0 ? agent1 : agent2, i == 0 ? APPROVE : REJECT)
                        .status());
        assertEquals(Map.of(200, 1, 409, 1), statuses);
        assertConsistent(id, Set.of("APPROVED", "REJECTED"));
    }

    @Test
    void approveRacingTheOwnersCancelEndsInOneFinalState() throws Exception {
        String id = submittedCase();
        Map<Integer, Integer> statuses = Concurrently.run(
                2,
                i -> i == 0
                        ? decide(id, agent1, APPROVE).status()
                        : api.post("/api/v1/me/recovery-cases/" + id + "/cancel", user, "")
                                .status());
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 409), statuses::toString);
        // Approved then cancelled (the owner may cancel during the wait), or cancelled before any decision.
        assertConsistent(id, Set.of("CANCELLED"));
    }

    /** An owner with a confirmed app (the previous step used) and an approved reset waiting for its period. */
    private record Waiting(AuthenticatorApp app, long step, String caseId) {}

    private Waiting approvedResetWaiting() {
        AuthenticatorApp.awaitStepWithAtLeast(10);
        long step = AuthenticatorApp.currentStep();
        AuthenticatorApp app = Flows.enrollAndConfirm(api, user, step - 1);
        String id = submittedCase();
        assertEquals("APPROVED", decide(id, agent1, APPROVE).json().getString("status"));
        return new Waiting(app, step, id);
    }

    private String statusOf(Waiting waiting) {
        return api.get("/api/v1/me/recovery-cases/" + waiting.caseId(), user)
                .json()
                .getString("status");
    }

    @Test
    void aCodeUsedDuringTheWaitCancelsTheCase() {
        Waiting waiting = approvedResetWaiting();
        Api.Reply verified = api.post(
                "/api/v1/me/verifications", user, Flows.code(waiting.app().codeAt(waiting.step())));
        assertEquals(200, verified.status(), verified::toString);
        assertEquals("CANCELLED", statusOf(waiting));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CASE_CANCELLED' AND details LIKE '%a factor was used%'",
                        account));
    }

    /**
     * A freeze needs no code, so an attacker with the password can freeze the owner's device and then wait out their
     * approved reset: the owner's right code of the frozen device still cancels it (refused as a sign-in, and no
     * failure counted).
     */
    @Test
    void aRightCodeOfAFrozenAuthenticatorStillCancelsTheWaitingReset() {
        Waiting waiting = approvedResetWaiting();
        assertEquals(200, api.post("/api/v1/me/lost-device", user, "").status());
        Api.Reply refused = api.post(
                "/api/v1/me/verifications", user, Flows.code(waiting.app().codeAt(waiting.step())));
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("CANCELLED", statusOf(waiting));
        assertEquals(
                0,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND outcome = 'FAILURE'",
                        account));
    }

    @Test
    void aCodeGivenToRegenerateRecoveryCodesDuringTheWaitCancelsTheCase() {
        Waiting waiting = approvedResetWaiting();
        Api.Reply regenerated = api.post(
                "/api/v1/me/recovery-codes", user, Flows.code(waiting.app().codeAt(waiting.step())));
        assertEquals(201, regenerated.status(), regenerated::toString);
        assertEquals("CANCELLED", statusOf(waiting));
    }

    @Test
    void aCodeGivenToRemoveTheAuthenticatorDuringTheWaitCancelsTheCase() {
        Waiting waiting = approvedResetWaiting();
        Api.Reply removed = api.send(api.request("/api/v1/me/authenticator", user)
                .header("Content-Type", "application/json")
                .method(
                        "DELETE",
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                Flows.code(waiting.app().codeAt(waiting.step())))));
        assertEquals(204, removed.status(), removed::toString);
        assertEquals("CANCELLED", statusOf(waiting));
    }

    @Test
    void aWrongCodeDuringTheWaitLeavesTheCaseApproved() {
        Waiting waiting = approvedResetWaiting();
        assertEquals(
                422,
                api.post(
                                "/api/v1/me/recovery-codes",
                                user,
                                Flows.code(waiting.app().wrongCode()))
                        .status());
        assertEquals(
                422,
                api.post(
                                "/api/v1/me/verifications",
                                user,
                                Flows.code(waiting.app().wrongCode()))
                        .status());
        assertEquals("APPROVED", statusOf(waiting));
    }

    private void assertConsistent(String id, Set<String> allowed) {
        JsonObject read = api.get("/api/v1/recovery-cases/" + id, agent1).json();
        String status = read.getString("status");
        assertTrue(allowed.contains(status), status);
        JsonArray history = read.getJsonArray("history");
        assertEquals(status, history.getJsonObject(history.size() - 1).getString("to"));
        assertEquals(status, Database.string("SELECT status FROM recovery_case WHERE id = ?", id));
    }

    private String submittedCase() {
        return Flows.submittedCase(api, user);
    }

    private Api.Reply decide(String id, String agent, String body) {
        return api.post("/api/v1/recovery-cases/" + id + "/decisions", agent, body);
    }

    private static void assertWithin(Instant expected, Instant actual) {
        assertTrue(Math.abs(Duration.between(expected, actual).toSeconds()) < 60, expected + " vs " + actual);
    }
}
