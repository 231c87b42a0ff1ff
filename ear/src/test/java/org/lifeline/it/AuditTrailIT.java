package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail as compliance staff read it, and what a direct edit of the database does to it. */
class AuditTrailIT extends DeployedEarTest {

    private String service;
    private String auditor;

    @BeforeEach
    void accounts() {
        service = Tokens.forSubject("platform-backend", "service");
        auditor = Tokens.forSubject("auditor-1", "auditor");
    }

    @Test
    void eventsOfAnAccountAreChainedNewestFirst() {
        String account = Tokens.newAccountId("ivan");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"STANDARD\"}");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"HIGH\"}");

        Api.Reply reply = api.get("/api/v1/accounts/" + account + "/events?page=0&size=10", auditor);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject page = reply.json();
        assertEquals(2, page.getInt("total"));
        assertEquals(0, page.getInt("page"));
        assertEquals(10, page.getInt("size"));
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        JsonObject oldest = page.getJsonArray("items").getJsonObject(1);
        assertEquals("ACCOUNT_PROFILE_CHANGED", newest.getString("type"));
        assertEquals("STANDARD -> HIGH", newest.getJsonObject("details").getString("riskTier"));
        assertEquals("ACCOUNT_CREATED", oldest.getString("type"));
        assertEquals("service", oldest.getJsonObject("actor").getString("role"));
        assertEquals("platform-backend", oldest.getJsonObject("actor").getString("subject"));
        assertEquals(oldest.getString("hash"), newest.getString("previousHash"));
        assertEquals(2, newest.getInt("sequence"));
        assertTrue(newest.getString("occurredAt").endsWith("Z"), newest::toString);

        Api.Reply asSupport =
                api.get("/api/v1/accounts/" + account + "/events", Tokens.forSubject("agent-1", "support"));
        assertEquals(200, asSupport.status(), asSupport::toString);
    }

    @Test
    void anUnknownAccountIs404() {
        Api.Reply reply = api.get("/api/v1/accounts/" + Tokens.newAccountId("nobody") + "/events", auditor);
        assertEquals(404, reply.status(), reply::toString);
        assertProblem(reply, "not-found");
    }

    @Test
    void verificationNamesTheEntryAlteredInTheDatabase() {
        String account = Tokens.newAccountId("judy");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"HIGH\"}");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"STANDARD\"}");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"HIGH\"}");

        JsonObject before = verification();
        assertTrue(before.getBoolean("intact"), before::toString);
        assertTrue(before.getJsonNumber("entriesChecked").longValue() >= 3);

        long tampered = Long.parseLong(
                Database.string("SELECT id FROM audit_event WHERE account_id = ? AND sequence_no = 2", account));
        String original = Database.string("SELECT details FROM audit_event WHERE id = ?", tampered);
        try {
            assertEquals(
                    1,
                    Database.update(
                            "UPDATE audit_event SET details = ? WHERE id = ?",
                            "{\"riskTier\":\"HIGH -> HIGH\"}",
                            tampered));
            JsonObject after = verification();
            assertFalse(after.getBoolean("intact"), after::toString);
            JsonObject broken = after.getJsonObject("firstBrokenEntry");
            assertEquals(tampered, broken.getJsonNumber("id").longValue(), after::toString);
            assertEquals(account, broken.getString("accountId"));
            assertEquals(2, broken.getInt("sequence"));
        } finally {
            Database.update("UPDATE audit_event SET details = ? WHERE id = ?", original, tampered);
        }
        assertTrue(verification().getBoolean("intact"));
    }

    private JsonObject verification() {
        Api.Reply reply = api.get("/api/v1/audit-log/verification", auditor);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
