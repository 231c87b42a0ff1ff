package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What operators rely on: migrations, health, metrics and the OpenAPI document. */
class OperationsIT extends DeployedEarTest {

    @Test
    void migrationsRanOnMariaDb() {
        assertEquals(
                1, Database.count("SELECT COUNT(*) FROM lifeline_schema_history WHERE version = '1' AND success = 1"));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM lifeline_schema_history WHERE success = 0"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_chain WHERE id = '~system'"));
        // The batch job repository shares the application's database.
        assertTrue(Database.count("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND LOWER(table_name) = 'job_instance'")
                == 1);
    }

    @Test
    void theServerIsReadyAndLive() {
        Api management = Api.onLocalPort(9990);
        Api.Reply ready = management.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        assertTrue(
                health.getJsonArray("checks").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(c -> c.getString("name").equals("lifeline-database")
                                && c.getString("status").equals("UP")),
                health::toString);
        assertEquals(200, management.get("/health/live", null).status());
    }

    @Test
    void metricsAreServed() {
        Api management = Api.onLocalPort(9990);
        Api.Reply metrics = management.send(management
                .request("/metrics", null)
                .header("Accept", "text/plain")
                .GET());
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("base_") || metrics.body().contains("jvm"), "no JVM metrics");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        Api.Reply document = api.send(api.request("/openapi", null)
                .header("Accept", "application/json")
                .GET());
        assertEquals(200, document.status(), document::toString);
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : new String[] {
            "/api/v1/me/security",
            "/api/v1/accounts/{accountId}",
            "/api/v1/accounts/{accountId}/security",
            "/api/v1/accounts/{accountId}/events",
            "/api/v1/audit-log/verification",
            "/api/v1/me/authenticator",
            "/api/v1/me/authenticator/qr",
            "/api/v1/me/authenticator/confirm",
            "/api/v1/me/verifications",
            "/api/v1/me/lost-device",
            "/api/v1/accounts/{accountId}/verifications",
            "/api/v1/me/recovery-codes",
            "/api/v1/me/recovery-cases",
            "/api/v1/me/recovery-cases/{caseId}",
            "/api/v1/me/recovery-cases/{caseId}/cancel",
            "/api/v1/recovery-cases",
            "/api/v1/recovery-cases/{caseId}",
            "/api/v1/accounts/{accountId}/unlock",
            "/api/v1/me/recovery-cases/{caseId}/evidence",
            "/api/v1/me/recovery-cases/{caseId}/submit",
            "/api/v1/recovery-cases/{caseId}/decisions",
            "/api/v1/recovery-cases/{caseId}/evidence/{evidenceId}",
            "/api/v1/recovery-cases/cancel",
            "/api/v1/audit-runs",
            "/api/v1/audit-runs/{runId}",
            "/api/v1/audit-runs/{runId}/abandonment",
            "/api/v1/me/sensitive-actions",
            "/api/v1/accounts/{accountId}/sensitive-actions",
            "/api/v1/accounts/{accountId}/review-clearance",
            "/api/v1/accounts/{accountId}/sensitive-actions/authorizations",
            "/api/v1/audit-log/events",
            "/api/v1/me/recovery-cases/{caseId}/ownership-claims"
        }) {
            assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
        }
    }

    /** What a client generator needs: every operation named once, and the problems it may answer described. */
    @Test
    void everyOperationIsNamedAndDocumentsItsProblems() {
        JsonObject paths = api.send(api.request("/openapi", null)
                        .header("Accept", "application/json")
                        .GET())
                .json()
                .getJsonObject("paths");
        Set<String> operationIds = new HashSet<>();
        List<String> unnamed = new ArrayList<>();
        List<String> withoutProblems = new ArrayList<>();
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                JsonObject operation = item.getJsonObject(method);
                String name = method.toUpperCase(Locale.ROOT) + " " + path;
                if (!operation.containsKey("operationId") || !operationIds.add(operation.getString("operationId"))) {
                    unnamed.add(name);
                }
                if (operation.getJsonObject("responses").keySet().stream().noneMatch(code -> code.startsWith("4"))) {
                    withoutProblems.add(name);
                }
            }
        }
        assertTrue(operationIds.size() >= 29, operationIds::toString);
        assertEquals(List.of(), unnamed, "operations without a unique operationId");
        assertEquals(List.of(), withoutProblems, "operations that document no 4xx answer");
    }
}
