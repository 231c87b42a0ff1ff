package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Never a recovery phrase: every free-text field refuses a wallet's recovery phrase with 422
 * {@code secret-phrase-refused}; the text is neither stored, logged nor echoed; the account's trail records the
 * refusal and the owner is warned. Ordinary text passes.
 */
class RecoveryPhraseIT extends DeployedEarTest {

    /** A BIP-39 test vector, numbered as a wallet's backup card shows it. */
    private static final String PHRASE = "1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful"
            + " 9. legal 10. winner 11. thank 12. yellow";

    /** The first Japanese test vector (bip32JP), with ideographic spaces. */
    private static final String JAPANESE =
            "あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん" + "　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あいこくしん　あおぞら";

    private static final Path SERVER_LOG = Path.of("target/server/standalone/log/server.log");

    @Test
    void aPhraseInACaseDescriptionIsRefusedNotKeptAndTheOwnerIsWarned() throws Exception {
        String account = Tokens.newAccountId("phrase-case");
        String user = Tokens.forSubject(account, "user");
        assertEquals(200, api.get("/api/v1/me/security", user).status());
        long logBefore = Files.size(SERVER_LOG);

        Api.Reply refused = api.post("/api/v1/me/recovery-cases", user, caseWith("My wallet words: " + PHRASE));
        assertRefused(refused, "description");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case WHERE account_id = ?", account));
        assertEquals(1, events(account, "SECRET_PHRASE_REFUSED"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = 'SECRET_PHRASE_REFUSED'"
                                + " AND details LIKE '%\"field\":\"description\"%' AND actor_role = 'user'",
                        account));
        assertTrue(
                Database.count(
                                "SELECT COUNT(*) FROM notification WHERE account_id = ? AND type = 'SECRET_PHRASE_REFUSED'",
                                account)
                        >= 1,
                "the owner is warned");
        assertNowhere("sausage");
        String logged = Files.readString(SERVER_LOG).substring((int) Math.min(logBefore, Files.size(SERVER_LOG)));
        assertFalse(logged.contains("sausage"), "the phrase reached the server log");

        Api.Reply ordinary = api.post(
                "/api/v1/me/recovery-cases",
                user,
                caseWith("I lost my phone on the train last week and never wrote down my recovery codes. I can send"
                        + " my passport and tell you about my last deposits."));
        assertEquals(201, ordinary.status(), ordinary::toString);
    }

    @Test
    void aPhraseInAnEnrollmentLabelIsRefused() {
        String account = Tokens.newAccountId("phrase-label");
        String user = Tokens.forSubject(account, "user");
        assertEquals(200, api.get("/api/v1/me/security", user).status());
        // a label is at most 64 characters: the shortest vector fits
        Api.Reply refused = api.post(
                "/api/v1/me/authenticator", user, json("label", "ZOO zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"));
        assertRefused(refused, "label");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authenticator WHERE account_id = ?", account));
        assertEquals(1, events(account, "SECRET_PHRASE_REFUSED"));
        assertEquals(
                201,
                api.post("/api/v1/me/authenticator", user, json("label", "Work phone"))
                        .status());
    }

    @Test
    void aJapanesePhraseIsRefusedToo() {
        String user = Tokens.forSubject(Tokens.newAccountId("phrase-ja"), "user");
        assertEquals(200, api.get("/api/v1/me/security", user).status());
        assertRefused(api.post("/api/v1/me/recovery-cases", user, caseWith(JAPANESE)), "description");
    }

    @Test
    void staffNotesAreScreenedToo() {
        String account = Tokens.newAccountId("phrase-staff");
        String user = Tokens.forSubject(account, "user");
        String agent = Tokens.forSubject("agent-1", "support");
        String caseId = Flows.submittedCase(api, user);

        Api.Reply decision = api.post(
                "/api/v1/recovery-cases/" + caseId + "/decisions",
                agent,
                Json.createObjectBuilder()
                        .add("decision", "APPROVE")
                        .add("note", "customer read out: " + PHRASE.replace(" ", ",\n"))
                        .build()
                        .toString());
        assertRefused(decision, "note");
        assertEquals(
                "SUBMITTED",
                Database.string("SELECT status FROM recovery_case WHERE id = ?", caseId),
                "nothing was decided");
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = 'SECRET_PHRASE_REFUSED'"
                                + " AND actor_subject = 'agent-1'",
                        account));

        assertRefused(api.post("/api/v1/accounts/" + account + "/unlock", agent, json("note", PHRASE)), "note");
        assertEquals(2, events(account, "SECRET_PHRASE_REFUSED"));

        String auditor = Tokens.forSubject("auditor-1", "auditor");
        long system = systemRefusals();
        assertRefused(api.post("/api/v1/audit-log/seal/acceptances", auditor, json("note", PHRASE)), "note");
        assertEquals(system + 1, systemRefusals(), "a note about no account is refused on the system chain");
        assertNowhere("sausage");
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(422, reply.status(), reply::toString);
        AccountSecurityIT.assertProblem(reply, "secret-phrase-refused");
        String detail = reply.json().getString("detail");
        assertTrue(detail.contains("the " + field) && detail.contains("never"), detail);
        assertFalse(reply.body().contains("sausage") || reply.body().contains("あおぞら"), "echoed: " + reply.body());
    }

    /** No column that keeps text holds the word. */
    private static void assertNowhere(String word) {
        String like = "%" + word + "%";
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case WHERE description LIKE ?", like));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM recovery_case_decision WHERE note LIKE ?", like));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_event WHERE details LIKE ?", like));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM notification WHERE details LIKE ?", like));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authenticator WHERE label LIKE ?", like));
    }

    private static long events(String account, String type) {
        return Database.count("SELECT COUNT(*) FROM audit_event WHERE chain_id = ? AND event_type = ?", account, type);
    }

    private static long systemRefusals() {
        return Database.count(
                "SELECT COUNT(*) FROM audit_event WHERE chain_id = '~system' AND event_type = 'SECRET_PHRASE_REFUSED'");
    }

    private static String caseWith(String description) {
        return Json.createObjectBuilder()
                .add("reason", "LOST_DEVICE")
                .add("description", description)
                .add("contactEmail", "me@example.org")
                .build()
                .toString();
    }

    private static String json(String field, String value) {
        return Json.createObjectBuilder().add(field, value).build().toString();
    }
}
