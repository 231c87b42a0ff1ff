package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Proof of ownership by recent transactions: claims are sealed, asked of the platform's verifier (a signed call,
 * answered and signed by the test's own verifier), retried while it is down or misbehaves, and end matched or not;
 * the owner never sees a reference again, support does, and every such read is audited.
 */
class OwnershipClaimsIT extends DeployedEarTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String agent = Tokens.forSubject("claims-agent", "support");

    @Test
    void claimsEndMatchedOrNotAndOnlySupportSeesWhatTheySay() throws Exception {
        String reference = "tx-" + UUID.randomUUID();
        String address = "bc1q" + UUID.randomUUID().toString().replace("-", "");
        try (LedgerVerifier verifier = new LedgerVerifier(Set.of(reference))) {
            String account = Tokens.newAccountId("claims");
            String user = Tokens.forSubject(account, "user");
            String caseId = Flows.openCase(api, user);

            Api.Reply added = claim(
                    user,
                    caseId,
                    "{\"kind\":\"TRANSACTION_ID\",\"reference\":\"" + reference
                            + "\",\"amount\":\"0.25\",\"asset\":\"BTC\",\"occurredOn\":\"2026-11-30\"}");
            assertEquals(201, added.status(), added::toString);
            assertEquals(Set.of("claimId", "kind", "status"), added.json().keySet());
            assertEquals("TRANSACTION_ID", added.json().getString("kind"));
            assertEquals("PENDING", added.json().getString("status"));
            String matching = added.json().getString("claimId");
            Api.Reply other =
                    claim(user, caseId, "{\"kind\":\"WITHDRAWAL_ADDRESS\",\"reference\":\"" + address + "\"}");
            assertEquals(201, other.status(), other::toString);
            String mismatching = other.json().getString("claimId");

            assertEquals("MATCHED", awaitAnswer(user, caseId, matching).getString("status"));
            JsonObject notMatched = awaitAnswer(user, caseId, mismatching);
            assertEquals("NOT_MATCHED", notMatched.getString("status"));
            assertNotNull(Instant.parse(notMatched.getString("checkedAt")));

            // what the verifier got: signed, with the case, the account and what was claimed
            LedgerVerifier.Call call = verifier.callsAbout(matching).get(0);
            assertTrue(call.signedByLifeline());
            assertEquals(caseId, call.body().getString("caseId"));
            assertEquals(account, call.body().getString("accountId"));
            JsonObject sent = call.body().getJsonArray("claims").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("claimId").equals(matching))
                    .findFirst()
                    .orElseThrow();
            assertEquals(reference, sent.getString("reference"));
            assertEquals("0.25", sent.getString("amount"));
            assertEquals("BTC", sent.getString("asset"));
            assertEquals("2026-11-30", sent.getString("occurredOn"));
            assertEquals("TRANSACTION_ID", sent.getString("kind"));

            // the owner's view: kind and status, never the reference; no risk signals
            String ownView =
                    api.get("/api/v1/me/recovery-cases/" + caseId, user).body();
            assertFalse(ownView.contains(reference) || ownView.contains(address), ownView);
            assertTrue(
                    api.get("/api/v1/me/recovery-cases/" + caseId, user).json().isNull("riskSignals"));

            // support's view of the case: what each claim says, the signals, and the read on the trail
            long readsBefore = events(account, "OWNERSHIP_CLAIMS_READ");
            Api.Reply supportView = api.get("/api/v1/recovery-cases/" + caseId, agent);
            assertEquals(200, supportView.status(), supportView::toString);
            JsonObject shown = claimOf(supportView.json(), matching);
            assertEquals(reference, shown.getString("reference"));
            assertEquals("0.25", shown.getString("amount"));
            assertEquals(address, claimOf(supportView.json(), mismatching).getString("reference"));
            List<String> signals = signals(supportView.json());
            assertTrue(signals.contains("OWNERSHIP_CLAIM_MISMATCH"), signals::toString);
            assertFalse(signals.contains("NO_OWNERSHIP_PROOF"), signals::toString);
            assertEquals(readsBefore + 1, events(account, "OWNERSHIP_CLAIMS_READ"));
            assertEquals(2, events(account, "OWNERSHIP_CLAIM_ADDED"));
            assertEquals(2, events(account, "OWNERSHIP_CLAIM_CHECKED"));

            // support's list shows kinds and statuses, not what was claimed, and is no audited read
            String list = api.get("/api/v1/recovery-cases?status=AWAITING_EVIDENCE&size=100", agent)
                    .body();
            assertFalse(list.contains(reference), "the list shows a reference");
            assertEquals(readsBefore + 1, events(account, "OWNERSHIP_CLAIMS_READ"));

            // stored sealed: neither the reference nor the address is in the database in clear
            assertEquals(
                    0,
                    Database.count(
                            "SELECT COUNT(*) FROM recovery_case_ownership_claim WHERE case_id = ?"
                                    + " AND (claimed LIKE ? OR claimed LIKE ?)",
                            caseId,
                            "%" + reference + "%",
                            "%" + address + "%"));
            assertEquals(
                    0,
                    Database.count(
                            "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND (details LIKE ? OR details LIKE ?)",
                            account,
                            "%" + reference + "%",
                            "%" + address + "%"));
        }
    }

    @Test
    void aVerifierThatIsDownLosesNothingAndAnswersArriveWhenItIsUp() throws Exception {
        String reference = "tx-" + UUID.randomUUID();
        String account = Tokens.newAccountId("claims-down");
        String user = Tokens.forSubject(account, "user");
        String caseId = Flows.openCase(api, user);
        String claimId = claim(user, caseId, "{\"kind\":\"DEPOSIT\",\"reference\":\"" + reference + "\"}")
                .json()
                .getString("claimId");

        awaitTries(claimId, 2);
        assertEquals("PENDING", ownClaim(user, caseId, claimId).getString("status"));
        assertNotNull(
                Database.string("SELECT last_check_error FROM recovery_case_ownership_claim WHERE id = ?", claimId));

        try (LedgerVerifier verifier = new LedgerVerifier(Set.of(reference))) {
            assertEquals("MATCHED", awaitAnswer(user, caseId, claimId).getString("status"));
        }
    }

    @Test
    void aVerifierAnsweringGarbageSlowlyUnsignedOrWithABadSignatureChangesNothingAndBreaksNothing() throws Exception {
        String reference = "tx-" + UUID.randomUUID();
        List<DomainMetricsIT.Sample> before = DomainMetricsIT.scrape();
        try (LedgerVerifier verifier = new LedgerVerifier(Set.of(reference))) {
            for (LedgerVerifier.Mode mode : List.of(
                    LedgerVerifier.Mode.GARBAGE,
                    LedgerVerifier.Mode.BAD_SIGNATURE,
                    LedgerVerifier.Mode.UNSIGNED,
                    LedgerVerifier.Mode.SLOW,
                    LedgerVerifier.Mode.SERVER_ERROR)) {
                verifier.misbehave(mode);
                String account = Tokens.newAccountId(
                        "claims-" + mode.name().toLowerCase().replace('_', '-'));
                String user = Tokens.forSubject(account, "user");
                String caseId = Flows.openCase(api, user);
                String claimId = claim(
                                user, caseId, "{\"kind\":\"TRANSACTION_ID\",\"reference\":\"" + reference + "\"}")
                        .json()
                        .getString("claimId");
                awaitTries(claimId, 1);
                assertTrue(verifier.callsAbout(claimId).size() >= 1, mode::name);
                assertEquals("PENDING", ownClaim(user, caseId, claimId).getString("status"), mode::name);
                assertEquals(
                        200, api.get("/api/v1/recovery-cases/" + caseId, agent).status(), mode::name);
                assertEquals(0, events(account, "OWNERSHIP_CLAIM_CHECKED"), mode::name);

                verifier.misbehave(LedgerVerifier.Mode.HONEST);
                assertEquals("MATCHED", awaitAnswer(user, caseId, claimId).getString("status"), mode::name);
            }
        }
        // every failure is counted by how it ended
        List<DomainMetricsIT.Sample> after = DomainMetricsIT.scrape();
        for (String outcome : List.of("garbage", "bad_signature", "timed_out", "http_error", "answered")) {
            assertTrue(
                    DomainMetricsIT.delta(before, after, "lifeline_ownership_checks_total", Map.of("outcome", outcome))
                            >= 1,
                    outcome);
        }
    }

    @Test
    void claimsAreRefusedWhenMalformedAfterADecisionPastTheLimitOrOnAnotherAccountsCase() {
        String account = Tokens.newAccountId("claims-limits");
        String user = Tokens.forSubject(account, "user");
        String caseId = Flows.submittedCase(api, user);

        for (String body : List.of(
                "{\"reference\":\"tx-1\"}",
                "{\"kind\":\"CARD\",\"reference\":\"tx-1\"}",
                "{\"kind\":\"DEPOSIT\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"   \"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"" + "x".repeat(129) + "\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx\\u0000-1\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\\nsecond line\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"amount\":\"1e5\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"amount\":\"-3\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"asset\":\"" + "A".repeat(17) + "\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"occurredOn\":\"2026-13-01\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"occurredOn\":\"2026-02-30\"}",
                "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\",\"occurredOn\":\"2999-01-01\"}",
                "[]",
                "")) {
            Api.Reply refused = claim(user, caseId, body);
            assertEquals(400, refused.status(), () -> body + " -> " + refused);
            assertEquals(
                    "application/problem+json", refused.header("Content-Type").orElse(""), body);
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_ownership_claim WHERE case_id = ?", caseId));

        Api.Reply phrase = claim(
                user,
                caseId,
                "{\"kind\":\"TRANSACTION_ID\",\"reference\":\"legal winner thank year wave sausage worth useful legal"
                        + " winner thank yellow\"}");
        assertEquals(422, phrase.status(), phrase::toString);
        assertFalse(phrase.body().contains("sausage"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_ownership_claim WHERE case_id = ?", caseId));

        String stranger = Tokens.forSubject(Tokens.newAccountId("claims-stranger"), "user");
        assertEquals(200, api.get("/api/v1/me/security", stranger).status());
        assertEquals(
                404,
                claim(stranger, caseId, "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-1\"}")
                        .status());

        for (int i = 0; i < 10; i++) {
            Api.Reply added = claim(user, caseId, "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-limit-" + i + "\"}");
            assertEquals(201, added.status(), added::toString);
        }
        Api.Reply eleventh = claim(user, caseId, "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-limit-10\"}");
        assertEquals(409, eleventh.status(), eleventh::toString);
        assertEquals(
                10, Database.count("SELECT COUNT(*) FROM recovery_case_ownership_claim WHERE case_id = ?", caseId));

        String decided = Flows.submittedCase(api, Tokens.forSubject(Tokens.newAccountId("claims-decided"), "user"));
        String owner = Tokens.forSubject(
                Database.string("SELECT account_id FROM recovery_case WHERE id = ?", decided), "user");
        Api.Reply rejected = api.post(
                "/api/v1/recovery-cases/" + decided + "/decisions",
                agent,
                "{\"decision\":\"REJECT\",\"note\":\"documents do not match\"}");
        assertEquals(200, rejected.status(), rejected::toString);
        Api.Reply late = claim(owner, decided, "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-late\"}");
        assertEquals(409, late.status(), late::toString);
    }

    @Test
    void twentyClaimsAtOnceOnOneCaseKeepTen() throws Exception {
        String account = Tokens.newAccountId("claims-race");
        String user = Tokens.forSubject(account, "user");
        String caseId = Flows.openCase(api, user);
        Map<Integer, Integer> answers = Concurrently.run(
                20,
                i -> claim(user, caseId, "{\"kind\":\"DEPOSIT\",\"reference\":\"tx-race-" + i + "\"}")
                        .status());
        assertEquals(Map.of(201, 10, 409, 10), answers);
        assertEquals(
                10, Database.count("SELECT COUNT(*) FROM recovery_case_ownership_claim WHERE case_id = ?", caseId));
        assertEquals(10, events(account, "OWNERSHIP_CLAIM_ADDED"));
    }

    @Test
    void riskSignalsFollowTheFacts() {
        // a case with evidence of its own, no claims, no factor ever used, not under review
        String account = Tokens.newAccountId("signals");
        String user = Tokens.forSubject(account, "user");
        String caseId = Flows.openCase(api, user);
        byte[] own = Multipart.pdf("signals-" + UUID.randomUUID());
        assertEquals(201, upload(user, caseId, own).status());
        assertEquals(List.of("NO_OWNERSHIP_PROOF"), signals(supportView(caseId)));

        // the same file on another account's case
        String twin = Tokens.forSubject(Tokens.newAccountId("signals-twin"), "user");
        String twinCase = Flows.openCase(api, twin);
        assertEquals(201, upload(twin, twinCase, own).status());
        assertEquals(List.of("NO_OWNERSHIP_PROOF", "SHARED_EVIDENCE"), signals(supportView(caseId)));
        assertEquals(List.of("NO_OWNERSHIP_PROOF", "SHARED_EVIDENCE"), signals(supportView(twinCase)));

        // flagged for review, then cleared
        Database.update(
                "UPDATE account SET review_flagged_at = ?, review_reason = 'BRUTE_FORCE' WHERE id = ?",
                Database.utc(Instant.now()),
                account);
        assertTrue(signals(supportView(caseId)).contains("ACCOUNT_UNDER_REVIEW"));
        assertEquals(
                204,
                api.post("/api/v1/accounts/" + account + "/review-clearance", agent, "{\"note\":\"checked\"}")
                        .status());
        assertFalse(signals(supportView(caseId)).contains("ACCOUNT_UNDER_REVIEW"));

        // a factor used shortly before the case was opened
        String active = Tokens.newAccountId("signals-active");
        String activeUser = Tokens.forSubject(active, "user");
        Flows.Enrolled enrolled = Flows.enrollKeepingCodes(api, activeUser);
        Api.Reply verified = api.post(
                "/api/v1/me/verifications",
                activeUser,
                Flows.code(enrolled.app().codeAt(enrolled.confirmedStep() + 1)));
        assertEquals(200, verified.status(), verified::toString);
        String activeCase = Flows.openCase(api, activeUser);
        List<String> activeSignals = signals(supportView(activeCase));
        assertTrue(activeSignals.contains("FACTOR_USED_RECENTLY"), activeSignals::toString);
        assertFalse(signals(supportView(caseId)).contains("FACTOR_USED_RECENTLY"));
    }

    private Api.Reply claim(String user, String caseId, String body) {
        return api.post("/api/v1/me/recovery-cases/" + caseId + "/ownership-claims", user, body);
    }

    private Api.Reply upload(String user, String caseId, byte[] pdf) {
        return api.send(new Multipart()
                .field("kind", "ID_DOCUMENT")
                .file("file", "id.pdf", "application/pdf", pdf)
                .post(api.request("/api/v1/me/recovery-cases/" + caseId + "/evidence", user)));
    }

    private JsonObject supportView(String caseId) {
        Api.Reply view = api.get("/api/v1/recovery-cases/" + caseId, agent);
        assertEquals(200, view.status(), view::toString);
        return view.json();
    }

    private static List<String> signals(JsonObject view) {
        return view.getJsonArray("riskSignals").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject claimOf(JsonObject view, String claimId) {
        return view.getJsonArray("ownershipClaims").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("claimId").equals(claimId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(claimId + " not in " + view));
    }

    private JsonObject ownClaim(String user, String caseId, String claimId) {
        Api.Reply view = api.get("/api/v1/me/recovery-cases/" + caseId, user);
        assertEquals(200, view.status(), view::toString);
        JsonObject claim = claimOf(view.json(), claimId);
        assertEquals(
                Set.of("claimId", "kind", "status", "checkedAt", "reference", "amount", "asset", "occurredOn"),
                claim.keySet());
        assertTrue(claim.isNull("reference"), claim::toString);
        return claim;
    }

    /** The owner's view of the claim once it is no longer PENDING. */
    private JsonObject awaitAnswer(String user, String caseId, String claimId) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonObject claim = ownClaim(user, caseId, claimId);
            if (!"PENDING".equals(claim.getString("status"))) {
                return claim;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("claim " + claimId + " still PENDING after " + PATIENCE);
    }

    /** Waits until the verifier was tried {@code tries} times for the claim. */
    private static void awaitTries(String claimId, int tries) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (Database.count("SELECT check_attempts FROM recovery_case_ownership_claim WHERE id = ?", claimId)
                    >= tries) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("claim " + claimId + " not tried " + tries + " times in " + PATIENCE);
    }

    private static long events(String account, String type) {
        return Database.count("SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = ?", account, type);
    }
}
