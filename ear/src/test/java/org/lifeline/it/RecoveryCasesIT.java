package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Security-reset cases from the owner's side: opening, one open case an account, reading, cancelling. */
class RecoveryCasesIT extends DeployedEarTest {

    private static final String CASE = "{\"reason\":\"LOST_DEVICE\",\"description\":\"Phone lost on a train\","
            + "\"contactEmail\":\"me@example.org\"}";

    private String account;
    private String user;

    @BeforeEach
    void owner() {
        account = Tokens.newAccountId("reset");
        user = Tokens.forSubject(account, "user");
    }

    @Test
    void anOwnerOpensOneCaseAndSeesItInTheStatus() {
        Api.Reply opened = api.post("/api/v1/me/recovery-cases", user, CASE);
        assertEquals(201, opened.status(), opened::toString);
        JsonObject body = opened.json();
        String id = body.getString("id");
        assertEquals("AWAITING_EVIDENCE", body.getString("status"));
        assertTrue(body.getString("createdAt").endsWith("Z")
                && body.getString("expiresAt").endsWith("Z"));
        assertTrue(opened.header("Location").orElseThrow().endsWith("/api/v1/me/recovery-cases/" + id));

        JsonObject open = api.get("/api/v1/me/security", user).json().getJsonObject("openRecoveryCase");
        assertEquals(id, open.getString("id"));
        assertEquals("AWAITING_EVIDENCE", open.getString("status"));
        assertEquals(
                1,
                Database.count(
                        "SELECT COUNT(*) FROM audit_event WHERE account_id = ?"
                                + " AND event_type = 'RECOVERY_CASE_OPENED'",
                        account));

        Api.Reply second = api.post("/api/v1/me/recovery-cases", user, CASE);
        assertEquals(409, second.status(), second::toString);
        assertProblem(second, "conflict");
    }

    @Test
    void concurrentOpeningsGiveOneCase() throws Exception {
        Map<Integer, Integer> statuses = Concurrently.run(
                10, i -> api.post("/api/v1/me/recovery-cases", user, CASE).status());
        assertEquals(Map.of(201, 1, 409, 9), statuses);
        assertEquals(1, Database.count("SELECT COUNT(*) FROM recovery_case WHERE account_id = ?", account));
    }

    @Test
    void theCaseShowsItsHistoryAndCancellingClosesIt() {
        String id = api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
        JsonObject read = api.get("/api/v1/me/recovery-cases/" + id, user).json();
        assertEquals(1, read.getJsonArray("history").size());
        JsonObject opening = read.getJsonArray("history").getJsonObject(0);
        assertEquals(JsonValue.NULL, opening.get("from"));
        assertEquals("AWAITING_EVIDENCE", opening.getString("to"));
        assertEquals("user", opening.getString("actorRole"));

        Api.Reply cancelled = api.post("/api/v1/me/recovery-cases/" + id + "/cancel", user, "");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals(2, cancelled.json().getJsonArray("history").size());
        assertEquals(JsonValue.NULL, api.get("/api/v1/me/security", user).json().get("openRecoveryCase"));

        Api.Reply again = api.post("/api/v1/me/recovery-cases/" + id + "/cancel", user, "");
        assertEquals(409, again.status(), again::toString);
        assertProblem(again, "conflict");
        assertEquals(201, api.post("/api/v1/me/recovery-cases", user, CASE).status(), "a closed case frees the slot");
    }

    @Test
    void anotherAccountsCaseIsNotFoundLikeNoCase() {
        String id = api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
        String mallory = Tokens.forSubject(Tokens.newAccountId("mallory"), "user");
        Api.Reply theirs = api.get("/api/v1/me/recovery-cases/" + id, mallory);
        Api.Reply none = api.get("/api/v1/me/recovery-cases/" + UUID.randomUUID(), mallory);
        assertEquals(404, theirs.status(), theirs::toString);
        assertEquals(none.status(), theirs.status());
        assertEquals(none.body(), theirs.body());
        assertEquals(
                404,
                api.post("/api/v1/me/recovery-cases/" + id + "/cancel", mallory, "")
                        .status());
        assertEquals("AWAITING_EVIDENCE", Database.string("SELECT status FROM recovery_case WHERE id = ?", id));
        assertEquals(
                404,
                api.get("/api/v1/me/recovery-cases/" + "x".repeat(300), mallory).status());
    }

    @Test
    void supportListsAndReadsCasesByStatus() {
        String id = api.post("/api/v1/me/recovery-cases", user, CASE).json().getString("id");
        String support = Tokens.forSubject("agent-1", "support");
        Api.Reply page = api.get("/api/v1/recovery-cases?status=AWAITING_EVIDENCE&page=0&size=200", support);
        assertEquals(200, page.status(), page::toString);
        JsonObject body = page.json();
        assertTrue(body.getInt("total") >= 1);
        assertEquals(200, body.getInt("size"));
        assertTrue(body.getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .allMatch(c -> c.getString("status").equals("AWAITING_EVIDENCE")));
        Api.Reply read = api.get("/api/v1/recovery-cases/" + id, support);
        assertEquals(200, read.status(), read::toString);
        assertEquals(account, read.json().getString("accountId"));
        assertEquals(1, read.json().getJsonArray("history").size());

        assertEquals(
                400, api.get("/api/v1/recovery-cases?status=OPENISH", support).status());
        assertEquals(400, api.get("/api/v1/recovery-cases?size=-1", support).status());
        assertEquals(
                404,
                api.get("/api/v1/recovery-cases/" + UUID.randomUUID(), support).status());
        assertEquals(403, api.get("/api/v1/recovery-cases", user).status());
        assertEquals(403, api.get("/api/v1/recovery-cases/" + id, user).status());
        assertEquals(
                403,
                api.get("/api/v1/recovery-cases", Tokens.forSubject("auditor-1", "auditor"))
                        .status());
    }

    @Test
    void badRequestsAreRefused() {
        for (String body : List.of(
                "{\"reason\":\"BORED\",\"description\":\"x\",\"contactEmail\":\"a@b.org\"}",
                "{\"reason\":\"OTHER\",\"description\":\"\",\"contactEmail\":\"a@b.org\"}",
                "{\"reason\":\"OTHER\",\"description\":\"x\"}",
                "{\"reason\":\"OTHER\",\"description\":\"x\",\"contactEmail\":\"not an address\"}",
                "{\"reason\":\"OTHER\",\"description\":\"" + "x".repeat(2001) + "\",\"contactEmail\":\"a@b.org\"}")) {
            Api.Reply reply = api.post("/api/v1/me/recovery-cases", user, body);
            assertEquals(400, reply.status(), () -> body.substring(0, Math.min(80, body.length())) + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
        for (String role : List.of("support", "auditor", "service")) {
            assertEquals(
                    403,
                    api.post("/api/v1/me/recovery-cases", Tokens.forSubject("staff-1", role), CASE)
                            .status());
        }
    }
}
