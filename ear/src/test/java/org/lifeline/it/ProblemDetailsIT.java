package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hostile and careless input: always a 4xx problem+json with a stable code, never a 500 or a stack trace. */
class ProblemDetailsIT extends DeployedEarTest {

    private String service;
    private String auditor;

    @BeforeEach
    void accounts() {
        service = Tokens.forSubject("platform-backend", "service");
        auditor = Tokens.forSubject("auditor-1", "auditor");
    }

    @Test
    void malformedJsonIs400() {
        for (String body :
                List.of("{", "{\"riskTier\":", "not json", "[1,2", "{\"riskTier\":\"HIGH\"}}", "\u0000\u0001")) {
            Api.Reply reply = api.put("/api/v1/accounts/" + Tokens.newAccountId("json"), service, body);
            assertEquals(400, reply.status(), () -> body + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
    }

    @Test
    void unknownEnumValuesAndWrongTypesAre400() {
        for (String body : List.of(
                "{\"riskTier\":\"EXTREME\"}",
                "{\"riskTier\":\"high\"}",
                "{\"riskTier\":5}",
                "{\"riskTier\":[\"HIGH\"]}",
                "{\"email\":{\"a\":1},\"riskTier\":\"HIGH\"}",
                "[]",
                "\"HIGH\"",
                "12")) {
            Api.Reply reply = api.put("/api/v1/accounts/" + Tokens.newAccountId("types"), service, body);
            assertEquals(400, reply.status(), () -> body + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        Api.Reply missing = api.put("/api/v1/accounts/" + Tokens.newAccountId("fields"), service, "{}");
        assertEquals(400, missing.status(), missing::toString);
        assertProblem(missing, "invalid-request");
        JsonObject violation = missing.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("riskTier", violation.getString("field"));

        Api.Reply badEmail = api.put(
                "/api/v1/accounts/" + Tokens.newAccountId("fields"),
                service,
                "{\"email\":\"not an address\",\"riskTier\":\"HIGH\"}");
        assertEquals(400, badEmail.status(), badEmail::toString);
        assertEquals(
                "email",
                badEmail.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Reply empty = api.send(api.request("/api/v1/accounts/" + Tokens.newAccountId("fields"), service)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, empty.status(), empty::toString);
        assertProblem(empty, "invalid-request");
    }

    @Test
    void hugeStringsAreRefusedWithoutHarm() {
        String huge = "a".repeat(10_000) + "@example.org";
        Api.Reply reply = api.put(
                "/api/v1/accounts/" + Tokens.newAccountId("huge"),
                service,
                "{\"email\":\"" + huge + "\",\"riskTier\":\"HIGH\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertProblem(reply, "invalid-request");
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String oversized = "{\"email\":null,\"riskTier\":\"HIGH\",\"padding\":\"" + "x".repeat(70_000) + "\"}";
        Api.Reply declared = api.put("/api/v1/accounts/" + Tokens.newAccountId("big"), service, oversized);
        assertEquals(413, declared.status(), declared::toString);
        assertProblem(declared, "payload-too-large");

        // Streamed without a length: refused once the limit is passed.
        byte[] bytes = oversized.getBytes(StandardCharsets.UTF_8);
        Api.Reply streamed = api.send(api.request("/api/v1/accounts/" + Tokens.newAccountId("big"), service)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))));
        assertEquals(413, streamed.status(), streamed::toString);
        assertProblem(streamed, "payload-too-large");
    }

    @Test
    void badAccountIdsAndPathTraversalAreRefused() {
        for (String id :
                List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%20b", "-leading", "x".repeat(129), "%00", "%C3%A9")) {
            Api.Reply reply = api.get("/api/v1/accounts/" + id + "/security", service);
            assertTrue(reply.status() == 400 || reply.status() == 404, () -> id + " -> " + reply);
            assertProblem(reply, reply.status() == 400 ? "invalid-request" : "not-found");
        }
    }

    @Test
    void tokenSubjectsThatCannotNameAnAccountAre400() {
        for (String subject : List.of("../../etc/passwd", "a b", "x".repeat(300), "~system")) {
            Api.Reply own = api.get("/api/v1/me/security", Tokens.forSubject(subject, "user"));
            assertEquals(400, own.status(), () -> subject + " -> " + own);
            assertProblem(own, "invalid-request");
        }
        Api.Reply longService = api.put(
                "/api/v1/accounts/" + Tokens.newAccountId("subj"),
                Tokens.forSubject("s".repeat(300), "service"),
                "{\"riskTier\":\"HIGH\"}");
        assertEquals(400, longService.status(), longService::toString);
        assertProblem(longService, "invalid-request");
    }

    @Test
    void pageParametersOutOfRangeAre400() {
        String account = Tokens.newAccountId("pages");
        api.put("/api/v1/accounts/" + account, service, "{\"riskTier\":\"STANDARD\"}");
        for (String query :
                List.of("size=-1", "size=0", "size=100000", "page=-3", "page=abc", "size=1.5", "page=99999999999")) {
            Api.Reply reply = api.get("/api/v1/accounts/" + account + "/events?" + query, auditor);
            assertEquals(400, reply.status(), () -> query + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        Api.Reply unknown = api.get("/api/v1/no-such-thing", service);
        assertEquals(404, unknown.status(), unknown::toString);
        assertProblem(unknown, "not-found");

        Api.Reply outside = api.get("/definitely-not-here", null);
        assertEquals(404, outside.status(), outside::toString);
        assertProblem(outside, "not-found");

        Api.Reply method = api.send(api.request("/api/v1/me/security", Tokens.forSubject("x-user", "user"))
                .DELETE());
        assertEquals(405, method.status(), method::toString);
        assertProblem(method, "method-not-allowed");

        Api.Reply media = api.send(api.request("/api/v1/accounts/" + Tokens.newAccountId("media"), service)
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("riskTier=HIGH")));
        assertEquals(415, media.status(), media::toString);
        assertProblem(media, "unsupported-media-type");
    }

    @Test
    void noAnswerIsA500() {
        String account = Tokens.newAccountId("fuzz");
        Stream.of(
                        "{\"riskTier\":null}",
                        "{\"riskTier\":\"\"}",
                        "{\"email\":\"\",\"riskTier\":\"HIGH\"}",
                        "{\"email\":\"a@b.c\",\"riskTier\":\"HIGH\",\"extra\":{\"deep\":[1,2,3]}}",
                        "{\"riskTier\":true}",
                        "{\"riskTier\":\"HIGH\",\"riskTier\":\"STANDARD\"}")
                .forEach(body -> {
                    Api.Reply reply = api.put("/api/v1/accounts/" + account, service, body);
                    assertTrue(reply.status() < 500, () -> body + " -> " + reply);
                });
    }
}
