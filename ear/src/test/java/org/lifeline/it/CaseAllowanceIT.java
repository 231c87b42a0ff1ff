package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The abuse loop "open a case, upload 10 × 10 MB, cancel, again" is bounded: an account opens at most 3 cases and
 * sends at most 200 MiB of evidence in 30 days, and a case cancelled before any decision keeps no evidence.
 */
class CaseAllowanceIT extends DeployedEarTest {

    private static final String CASE =
            "{\"reason\":\"LOST_DEVICE\",\"description\":\"Phone lost\",\"contactEmail\":\"me@example.org\"}";
    private static final long CASES_PER_PERIOD = 3;
    private static final long EVIDENCE_BYTES_PER_PERIOD = 209_715_200;
    private static final Duration PERIOD = Duration.ofDays(30);
    private static final String ADMIN = Tokens.forSubject("allowance-admin", "admin");

    private String account;
    private String user;

    @BeforeEach
    void newAccount() {
        account = Tokens.newAccountId("allowance");
        user = Tokens.forSubject(account, "user");
    }

    @Test
    void theFourthCaseInAPeriodWaitsUntilTheFirstLeavesIt() {
        for (int i = 0; i < CASES_PER_PERIOD; i++) {
            String caseId = open();
            assertEquals(200, api.post(casePath(caseId) + "/cancel", user, "").status());
        }
        Api.Reply refused = api.post("/api/v1/me/recovery-cases", user, CASE);
        assertEquals(429, refused.status(), refused::toString);
        assertProblem(refused, "quota-exceeded");
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertTrue(
                retryAfter > PERIOD.toSeconds() - 120 && retryAfter <= PERIOD.toSeconds() + 1,
                () -> "Retry-After " + retryAfter);
        assertEquals(
                CASES_PER_PERIOD, Database.count("SELECT COUNT(*) FROM recovery_case WHERE account_id = ?", account));
        try {
            ServerClock.set(api, ADMIN, PERIOD.plusHours(1).toSeconds());
            assertEquals(201, api.post("/api/v1/me/recovery-cases", user, CASE).status());
        } finally {
            ServerClock.set(api, ADMIN, 0);
        }
    }

    @Test
    void aCaseCancelledBeforeAnyDecisionKeepsNoEvidenceButStillCountsItsBytes() {
        String caseId = open();
        byte[] pdf = Multipart.pdf("cancelled");
        assertEquals(201, upload(caseId, pdf).status());
        assertEquals(pdf.length, evidenceBytesOf(caseId));

        assertEquals(200, api.post(casePath(caseId) + "/cancel", user, "").status());

        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CASE_EVIDENCE_PURGED'",
                        account));
        assertEquals(pdf.length, evidenceBytesOf(caseId), "the allowance still counts the purged file");
    }

    @Test
    void aCancelledApprovedResetKeepsItsEvidenceForTheInvestigation() {
        String caseId = open();
        assertEquals(201, upload(caseId, Multipart.pdf("impostor")).status());
        assertEquals(200, api.post(casePath(caseId) + "/submit", user, "").status());
        String agent = Tokens.forSubject("allowance-agent", "support");
        Api.Reply approved = api.post(
                "/api/v1/recovery-cases/" + caseId + "/decisions",
                agent,
                "{\"decision\":\"APPROVE\",\"note\":\"documents match\"}");
        assertEquals("APPROVED", approved.json().getString("status"), approved::toString);

        assertEquals(200, api.post(casePath(caseId) + "/cancel", user, "").status());

        assertEquals(1, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
    }

    @Test
    void evidenceOverWhatIsLeftOfTheAllowanceIsRefusedAndNothingLeftWaits() {
        String caseId = open();
        byte[] small = Multipart.pdf("small");
        byte[] larger = Multipart.pdf("x".repeat(2_000));
        // as if the account had sent all but 1,000 bytes of its allowance in earlier cases of the period
        Database.update(
                "UPDATE recovery_case SET evidence_bytes = ? WHERE id = ?", EVIDENCE_BYTES_PER_PERIOD - 1_000, caseId);

        Api.Reply tooLarge = upload(caseId, larger);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertProblem(tooLarge, "payload-too-large");
        assertTrue(tooLarge.json().getString("detail").contains("1000 more evidence bytes"), tooLarge::toString);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));

        assertEquals(201, upload(caseId, small).status());
        assertEquals(EVIDENCE_BYTES_PER_PERIOD - 1_000 + small.length, evidenceBytesOf(caseId));

        Database.update("UPDATE recovery_case SET evidence_bytes = ? WHERE id = ?", EVIDENCE_BYTES_PER_PERIOD, caseId);
        Api.Reply exhausted = upload(caseId, small);
        assertEquals(429, exhausted.status(), exhausted::toString);
        assertProblem(exhausted, "quota-exceeded");
        assertTrue(exhausted.header("Retry-After").isPresent());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?", caseId));
    }

    private String open() {
        Api.Reply opened = api.post("/api/v1/me/recovery-cases", user, CASE);
        assertEquals(201, opened.status(), opened::toString);
        return opened.json().getString("id");
    }

    private Api.Reply upload(String caseId, byte[] pdf) {
        return api.send(new Multipart()
                .field("kind", "OTHER")
                .file("file", "statement.pdf", "application/pdf", pdf)
                .post(api.request(casePath(caseId) + "/evidence", user)));
    }

    private static String casePath(String caseId) {
        return "/api/v1/me/recovery-cases/" + caseId;
    }

    private static long evidenceBytesOf(String caseId) {
        return Database.count("SELECT evidence_bytes FROM recovery_case WHERE id = ?", caseId);
    }
}
