package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform's back end names the end user's address and user agent on a service verification: they are recorded
 * as the attempt's client, the platform's own address beside them, and the compliance job's SPRAYING detector groups
 * by them. A malformed address or user agent is a 400 and records nothing.
 */
class EndUserAddressIT extends DeployedEarTest {

    private final String service = Tokens.forSubject("platform", "service");

    @Test
    void theEndUsersAddressIsRecordedAndThePlatformsKeptBeside() {
        String account = Tokens.newAccountId("end-user");
        Api.Reply refused = verify(account, "203.0.113.7", "ExchangeApp/5.2 (iPhone)");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND client_address ="
                                + " '203.0.113.7' AND user_agent = 'ExchangeApp/5.2 (iPhone)' AND relay_address IS"
                                + " NOT NULL AND relay_address <> client_address",
                        account));

        assertEquals(422, verify(account, " 2001:DB8::1 ", null).status());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND client_address = ?",
                        account,
                        "2001:db8:0:0:0:0:0:1"),
                "an IPv6 address in one canonical form");

        Api.Reply direct = api.post("/api/v1/accounts/" + account + "/verifications", service, "{\"code\":\"000000\"}");
        assertEquals(422, direct.status());
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM verification_attempt WHERE account_id = ? AND relay_address IS NULL",
                        account),
                "naming no end user records the caller as before");
    }

    @Test
    void aMalformedAddressOrUserAgentIsA400AndRecordsNothing() {
        String account = Tokens.newAccountId("end-user-bad");
        for (String address : new String[] {
            "999.1.1.1", "1.2.3", "example.org", "localhost", "::g", "1.2.3.4.5", "", "01.2.3.4", "fe80::1%eth0"
        }) {
            Api.Reply reply = verify(account, address, null);
            assertEquals(400, reply.status(), address + " -> " + reply);
            AccountSecurityIT.assertProblem(reply, "invalid-request");
            assertEquals("clientAddress", field(reply), address);
        }
        Api.Reply control = verify(account, "192.0.2.1", "agent\r\nX-Injected: yes");
        assertEquals(400, control.status(), control::toString);
        assertEquals("userAgent", field(control));
        assertEquals(400, verify(account, "192.0.2.1", "a".repeat(256)).status());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM verification_attempt WHERE account_id = ?", account));
    }

    @Test
    void sprayingIsFoundByTheEndUsersAddress() {
        Instant since = Instant.now().minusSeconds(2);
        String sprayer = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        String prefix = "sprayed-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (int i = 0; i < 6; i++) {
            assertEquals(422, verify(prefix + i, sprayer, "curl/8").status());
        }
        AuditRuns runs = new AuditRuns(api);
        long runId = runs.completed(since).getJsonNumber("runId").longValue();
        Map<String, String> findings = runs.findings(runId);
        assertTrue(findings.containsKey("SPRAYING " + sprayer), () -> "findings: " + findings);
    }

    private Api.Reply verify(String account, String clientAddress, String userAgent) {
        var body = Json.createObjectBuilder().add("code", "000000").add("clientAddress", clientAddress);
        if (userAgent != null) {
            body.add("userAgent", userAgent);
        }
        return api.post(
                "/api/v1/accounts/" + account + "/verifications",
                service,
                body.build().toString());
    }

    private static String field(Api.Reply reply) {
        JsonObject problem = reply.json();
        return problem.getJsonArray("violations").getJsonObject(0).getString("field");
    }
}
