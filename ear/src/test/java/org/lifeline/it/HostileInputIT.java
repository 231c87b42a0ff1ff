package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lifeline.it.AccountSecurityIT.assertProblem;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Inputs a fuzzer sends that once answered 500: each is the client's mistake, a 4xx problem. */
class HostileInputIT extends DeployedEarTest {

    @Test
    void aMalformedAcceptIsRefusedAsSuch() {
        String user = Tokens.forSubject(Tokens.newAccountId("accept"), "user");
        for (String accept : new String[] {"*/*;q=abc", "application/json;q=", "/", "text/", ";;;"}) {
            Api.Reply reply = api.send(api.request("/api/v1/me/security", user)
                    .setHeader("Accept", accept)
                    .GET());
            assertTrue(reply.status() == 400 || reply.status() == 406, accept + " -> " + reply);
            assertProblem(reply, reply.status() == 400 ? "invalid-request" : "not-acceptable");
        }
    }

    /** Refused ahead of the JAX-RS runtime, which would log a warning with a stack trace for each. */
    @Test
    void aMalformedContentTypeIsRefusedAsSuchAndNotLogged() throws Exception {
        long warnedBefore = runtimeParseWarnings();
        String user = Tokens.forSubject(Tokens.newAccountId("content-type"), "user");
        for (String type : new String[] {"application/", "/json", "a/b;c=\"d", "json"}) {
            Api.Reply reply = api.send(api.request("/api/v1/me/verifications", user)
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"123456\"}")));
            assertTrue(reply.status() == 400 || reply.status() == 415, type + " -> " + reply);
            assertProblem(reply, reply.status() == 400 ? "invalid-request" : "unsupported-media-type");
        }
        assertEquals(warnedBefore, runtimeParseWarnings(), "the runtime logged a client's malformed header");
    }

    /** RESTEasy's "failed to parse request" warnings in the test server's log (jboss.home is target/server). */
    private static long runtimeParseWarnings() throws Exception {
        Path log = Path.of("target/server/standalone/log/server.log");
        assertTrue(Files.exists(log), "no log at " + log.toAbsolutePath());
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("RESTEASY002130")).count();
        }
    }

    @Test
    void jsonNestedDeeperThanAnyBodyOfTheContractIsA400() {
        String user = Tokens.forSubject(Tokens.newAccountId("deep"), "user");
        String objects = "{\"code\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_001);
        String arrays = "[".repeat(10_000) + "]".repeat(10_000);
        String shallowButOverTheBound = "{\"code\":" + "[".repeat(40) + "]".repeat(40) + "}";
        for (String body : new String[] {objects, arrays, shallowButOverTheBound}) {
            Api.Reply reply = api.post("/api/v1/me/verifications", user, body);
            assertEquals(400, reply.status(), reply::toString);
            assertProblem(reply, "invalid-request");
        }
    }

    @Test
    void aJsonValueOfTheWrongShapeIsA400() {
        String admin = Tokens.forSubject("clock-admin", "admin");
        for (String body : new String[] {"[]", "[{\"offsetSeconds\":1}]", "\"x\"", "42", "null", "true"}) {
            Api.Reply reply = api.put("/api/v1/dev/clock", admin, body);
            assertEquals(400, reply.status(), body + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
    }

    /** Once answered 202: the run then failed in the database, and again at every later start, the schedule included. */
    @Test
    void anAuditWindowTheDatabaseCannotStoreIsA400() {
        String auditor = Tokens.forSubject("fuzz-auditor", "auditor");
        for (String since :
                new String[] {"-999999999-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "1969-12-31T23:59:59Z"}) {
            Api.Reply reply = api.post("/api/v1/audit-runs", auditor, "{\"since\":\"" + since + "\"}");
            assertEquals(400, reply.status(), since + " -> " + reply);
            assertProblem(reply, "invalid-request");
        }
    }

    /**
     * A trace would echo the request, the bearer token included: refused as a problem, nothing echoed, on every path
     * of the application and on the OpenAPI document the server serves beside it.
     */
    @Test
    void traceIsRefusedAsAProblemAndEchoesNothing() {
        String user = Tokens.forSubject(Tokens.newAccountId("trace"), "user");
        for (String path :
                new String[] {"/api/v1/me/security", "/api/v1/audit-runs", "/problem", "/", "/nothing-here", "/openapi"
                }) {
            Api.Reply reply = api.send(api.request(path, user).method("TRACE", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, reply.status(), path + " -> " + reply);
            assertProblem(reply, "method-not-allowed");
            assertTrue(!reply.body().contains(user), "the token was echoed");
        }
    }

    /** The paths the servlet container hides, asked in any case: a 404 problem, not the container's HTML page. */
    @Test
    void theContainersHiddenPathsAreProblems() {
        for (String path : new String[] {
            "/META-INF/MANIFEST.MF", "/meta-inf/manifest.mf", "/WEB-INF/web.xml", "/Web-Inf/", "/WEB-INF;x=1/web.xml"
        }) {
            Api.Reply reply = api.get(path, null);
            assertEquals(404, reply.status(), path + " -> " + reply);
            assertProblem(reply, "not-found");
        }
    }

    /** The OpenAPI document is read, never written: other methods are a 405 problem with Allow, not an HTML page. */
    @Test
    void theOpenApiDocumentRefusesOtherMethodsAsAProblem() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "FOO"}) {
            Api.Reply reply =
                    api.send(api.request("/openapi", null).method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, reply.status(), method + " -> " + reply);
            assertProblem(reply, "method-not-allowed");
            assertEquals("GET, HEAD, OPTIONS", reply.header("Allow").orElse(""), method);
        }
        assertEquals(200, api.get("/openapi", null).status(), "and it is still served");
    }
}
