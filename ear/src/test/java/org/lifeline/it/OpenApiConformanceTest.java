package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker the typed-client walk-through relies on catches each kind of drift, and passes what conforms. */
class OpenApiConformanceTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {
               "/api/v1/cases/{caseId}": {"get": {"responses": {
                 "200": {"description": "a case", "content": {"application/json": {"schema":
                   {"$ref": "#/components/schemas/Case"}}}},
                 "404": {"$ref": "#/components/responses/NotFound"}}}},
               "/api/v1/cases/cancel": {"post": {"responses": {"204": {"description": "cancelled"}}}}
             },
             "components": {
               "schemas": {
                 "Case": {"type": "object", "required": ["id"], "properties": {
                   "id": {"type": "string"}, "closedAt": {"type": ["string", "null"], "format": "date-time"}}},
                 "Problem": {"type": "object", "required": ["status", "code"], "properties": {
                   "status": {"type": "integer"}, "code": {"type": "string"}}}},
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json":
                 {"schema": {"$ref": "#/components/schemas/Problem"}}}}}
             }}
            """;

    private final OpenApiConformance conformance = new OpenApiConformance(DOCUMENT);

    private List<String> check(String method, String path, int status, String type, String body) {
        return conformance.check(
                method,
                URI.create("http://localhost:8080" + path),
                status,
                type,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passesWhatConforms() {
        assertEquals(
                List.of(),
                check(
                        "GET",
                        "/api/v1/cases/c1",
                        200,
                        "application/json",
                        "{\"id\":\"c1\",\"closedAt\":null,\"extra\":1}"));
        assertEquals(
                List.of(),
                check(
                        "GET",
                        "/api/v1/cases/c1",
                        404,
                        "application/problem+json",
                        "{\"status\":404,\"code\":\"not-found\"}"));
        assertEquals(List.of(), check("POST", "/api/v1/cases/cancel", 204, null, null));
    }

    @Test
    void findsABodyAgainstItsSchema() {
        List<String> found = check(
                "GET", "/api/v1/cases/c1", 200, "application/json; charset=UTF-8", "{\"id\":7,\"closedAt\":\"x\"}");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("/id"), found::toString);
    }

    @Test
    void findsAProblemBodyThroughAResponseReference() {
        List<String> found = check("GET", "/api/v1/cases/c1", 404, "application/problem+json", "{\"status\":404}");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("code"), found::toString);
    }

    @Test
    void findsAnUndocumentedStatusMediaTypeOrPath() {
        assertTrue(check("GET", "/api/v1/cases/c1", 409, "application/problem+json", "{}")
                .get(0)
                .contains("status 409 is not documented"));
        assertTrue(check("GET", "/api/v1/cases/c1", 200, "text/csv", "a,b")
                .get(0)
                .contains("media type text/csv is not documented"));
        assertTrue(check("GET", "/api/v1/nothing", 200, "application/json", "{}")
                .get(0)
                .contains("no path of the document matches"));
        assertTrue(check("DELETE", "/api/v1/cases/c1", 204, null, null).get(0).contains("documents no DELETE"));
    }

    @Test
    void prefersALiteralPathToAVariableOne() {
        // /cases/cancel is its own path: a 204 with no body conforms there, and would not for /cases/{caseId}.
        assertEquals(List.of(), check("POST", "/api/v1/cases/cancel", 204, null, null));
    }

    @Test
    void keepsEveryViolationForTheEnd() {
        check("GET", "/api/v1/cases/c1", 200, "application/json", "{}");
        check("GET", "/api/v1/cases/c1", 200, "application/json", "[]");
        assertEquals(2, conformance.violations().size(), conformance.violations()::toString);
        assertEquals(2, conformance.checked().size());
    }
}
