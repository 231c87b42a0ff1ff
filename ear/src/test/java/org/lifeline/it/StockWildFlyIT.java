package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.dev.DevToken;

/**
 * {@code lifeline.ear} on a stock WildFly 39 prepared by {@code config/cli/stock-wildfly.cli} alone, configured from
 * the environment as the production server is (its own identity provider, keys and pepper, MariaDB), on ports moved
 * by 400 beside the test server: it deploys, is ready, and passes the typed-client walk-through with every answer as
 * its OpenAPI document says; its {@code /metrics} carries the application's meters.
 */
class StockWildFlyIT {

    static final int PORT_OFFSET = 400;

    static ProductionServer server;
    static DevToken identityProvider;
    static Path home;

    @BeforeAll
    static void start() throws Exception {
        Path base = ProductionServer.BUILT.resolveSibling("stock-it");
        Path idp = Files.createDirectories(base.resolve("idp"));
        identityProvider = new DevToken(ProductionServerIT.writeKeyPair(idp), ProductionServerIT.ISSUER);
        home = StockWildFly.prepare(base.resolve("wildfly"));
        server = ProductionServer.launch(home, ProductionServerIT.configuration(idp), PORT_OFFSET);
        assertTrue(server.awaitDeployment(Duration.ofSeconds(180)), () -> "deployment failed: " + server.log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static String token(String subject, String... roles) {
        try {
            return identityProvider.mint(
                    subject, List.of(roles), null, Duration.ofMinutes(10), ProductionServerIT.AUDIENCE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stock server has an HTTPS listener too: every listener leaves the body limit to the application, whose 413 is
     * a problem detail (the listener's own answered a bare 400), and every one cuts off slow headers and stalled reads.
     */
    @Test
    void everyListenerHasTheSameLimits() throws Exception {
        String configuration = Files.readString(home.resolve("standalone/configuration/standalone.xml"));
        Matcher listener = Pattern.compile("<(http|https|ajp)-listener [^>]*>").matcher(configuration);
        int listeners = 0;
        while (listener.find()) {
            listeners++;
            assertTrue(listener.group().contains("max-post-size=\"0\""), listener.group());
            assertTrue(listener.group().contains("request-parse-timeout=\"10000\""), listener.group());
            assertTrue(listener.group().contains("read-timeout=\"30000\""), listener.group());
        }
        assertTrue(listeners >= 2, "the stock configuration's HTTP and HTTPS listeners: " + listeners);
    }

    @Test
    void itIsReady() {
        Api.Reply ready = server.management().get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
    }

    @Test
    void theTypedWalkThroughPassesAndTheMetricsShowIt() throws Exception {
        TypedWalkThrough.walk(server.url(), new TypedWalkThrough.TokenSource() {
            @Override
            public String user(String accountId) {
                return token(accountId, "user");
            }

            @Override
            public String service() {
                return token("platform-backend", "service");
            }
        });
        String metrics = server.management().get("/metrics", null).body();
        assertTrue(metrics.contains("lifeline_verifications_total{"), metrics);
        assertTrue(metrics.contains("lifeline_recovery_codes_used_total"), metrics);
    }
}
