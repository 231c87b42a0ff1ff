package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifeline.dev.DevToken;

/**
 * The production server exactly as the build ships it, configured from the environment only, against MariaDB: it
 * holds no development material, deploys, trusts only its own identity provider and audience, has no clock
 * endpoint, and logs JSON lines that carry none of its secrets.
 */
class ProductionServerIT {

    static final String ISSUER = "https://id.example.org/realms/platform";
    static final String AUDIENCE = "lifeline";

    /** The public development values of config/cli/dev-secrets.cli, which must appear nowhere in the server. */
    static final List<String> DEVELOPMENT_SECRETS = List.of(
            "qEnrrhZYIGGcNEN5CdJ99CsTz3FddbW0QIwEBy9cCg0=",
            "kbh+DcQExuk8n5yB16opyJXyeAnrPUOTB0VfAnXJlXk=",
            "clock-control",
            "lifeline-dev");

    static ProductionServer server;
    static DevToken identityProvider;
    static final List<String> secrets = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path idp = Files.createDirectories(
                ProductionServer.BUILT.resolveSibling("production-it").resolve("idp"));
        identityProvider = new DevToken(writeKeyPair(idp), ISSUER);
        Map<String, String> environment = configuration(idp);
        secrets.add(environment.get("LIFELINE_CRYPTO_KEYS").substring("k2026:".length()));
        secrets.add(environment.get("LIFELINE_RECOVERY_CODES_PEPPER"));
        server = ProductionServer.start("configured", environment);
        assertTrue(server.awaitDeployment(Duration.ofSeconds(180)), () -> "deployment failed: " + server.log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** Every setting an operator gives, from a fresh key pair and fresh secrets. */
    static Map<String, String> configuration(Path idp) {
        Map<String, String> env = new HashMap<>(ProductionServer.database());
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                idp.resolve("public-key.pem").toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", AUDIENCE);
        env.put("LIFELINE_CRYPTO_KEYS", "k2026:" + random32());
        env.put("LIFELINE_CRYPTO_ACTIVE_KEY", "k2026");
        env.put("LIFELINE_RECOVERY_CODES_PEPPER", random32());
        env.put("LIFELINE_SMTP_PORT", "1");
        env.put("LIFELINE_NOTIFICATIONS_EMAIL_ENABLED", "false");
        env.put("LIFELINE_CONSOLE_OIDC_ISSUER", "https://id.example.org/realms/platform");
        env.put("LIFELINE_CONSOLE_OIDC_CLIENT_ID", "lifeline-console");
        return env;
    }

    static Path writeKeyPair(Path folder) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        Files.writeString(
                folder.resolve("public-key.pem"),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return Files.writeString(
                folder.resolve("private-key.pem"),
                pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static String random32() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String token(String subject, String audience, String... roles) throws Exception {
        String token = identityProvider.mint(subject, List.of(roles), null, Duration.ofMinutes(10), audience);
        secrets.add(token);
        return token;
    }

    @Test
    void theServerHoldsNoDevelopmentMaterial() throws Exception {
        Path home = ProductionServer.BUILT;
        assertTrue(Files.exists(home.resolve("standalone/deployments/lifeline.ear")), "the EAR is deployed");
        try (Stream<Path> files = Files.walk(home)) {
            List<String> names =
                    files.map(path -> home.relativize(path).toString()).toList();
            assertTrue(names.stream().noneMatch(name -> name.contains("lifeline-dev")), "no development key file");
            assertTrue(names.stream().noneMatch(name -> name.contains("h2database")), "no H2 driver module");
        }
        String configuration = Files.readString(home.resolve("standalone/configuration/standalone.xml"));
        // A system property the packaging writes reads the environment (the shutdown timeout does); none is fixed.
        int start = configuration.indexOf("<system-properties>");
        String systemProperties =
                start < 0 ? "" : configuration.substring(start, configuration.indexOf("</system-properties>", start));
        java.util.regex.Matcher property = java.util.regex.Pattern.compile(
                        "<property name=\"([^\"]+)\" value=\"([^\"]*)\"")
                .matcher(systemProperties);
        while (property.find()) {
            assertTrue(
                    property.group(2).startsWith("${env."),
                    () -> "the packaging fixed the system property " + property.group(1)
                            + "; the environment could not override it");
        }
        assertFalse(configuration.contains("mp.jwt"), "no token setting");
        for (String secret : DEVELOPMENT_SECRETS) {
            assertFalse(configuration.contains(secret), secret);
        }
        try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                DEVELOPMENT_SECRETS.forEach(secret -> assertFalse(text.contains(secret), secret + " in " + file));
            }
        }
    }

    @Test
    void theArchiveHoldsTheSameServer() throws Exception {
        Process tar = new ProcessBuilder("tar", "-tvzf", ProductionServer.ARCHIVE.toString())
                .redirectErrorStream(true)
                .start();
        List<String> entries = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertEquals(0, tar.waitFor());
        assertTrue(entries.stream()
                .anyMatch(entry -> entry.endsWith("lifeline-server/standalone/deployments/lifeline.ear")));
        assertTrue(
                entries.stream()
                        .anyMatch(entry ->
                                entry.startsWith("-rwxr-xr-x") && entry.endsWith("lifeline-server/bin/standalone.sh")),
                "the start script is executable");
        assertTrue(entries.stream().noneMatch(entry -> entry.contains("lifeline-dev") || entry.contains("h2database")));
        assertTrue(
                entries.stream()
                        .noneMatch(entry -> entry.contains("standalone/log/") || entry.contains("standalone/data/")),
                "a server that never ran: no log, no data");
    }

    @Test
    void itDeploysAndServesTokensOfItsOwnIdentityProvider() throws Exception {
        assertEquals(200, server.management().get("/health/ready", null).status());
        Api.Reply status = server.api().get("/api/v1/me/security", token("operator-check", AUDIENCE, "user"));
        assertEquals(200, status.status(), status::body);
    }

    /** This server has no ownership verifier: a claim is taken, stored and shown as UNVERIFIED, never left pending. */
    @Test
    void withoutAVerifierAnOwnershipClaimIsUnverified() throws Exception {
        String owner = token(Tokens.newAccountId("claims-owner"), AUDIENCE, "user");
        Api.Reply opened = server.api()
                .post(
                        "/api/v1/me/recovery-cases",
                        owner,
                        "{\"reason\":\"LOST_DEVICE\",\"description\":\"Phone lost\",\"contactEmail\":\"me@example.org\"}");
        assertEquals(201, opened.status(), opened::body);
        String caseId = opened.json().getString("id");
        Api.Reply claimed = server.api()
                .post(
                        "/api/v1/me/recovery-cases/" + caseId + "/ownership-claims",
                        owner,
                        "{\"kind\":\"TRANSACTION_ID\",\"reference\":\"tx-production-1\"}");
        assertEquals(201, claimed.status(), claimed::body);
        assertEquals("UNVERIFIED", claimed.json().getString("status"));
        Thread.sleep(2_500); // a round of the checks' schedule: nothing to ask, nothing changes
        Api.Reply view = server.api().get("/api/v1/me/recovery-cases/" + caseId, owner);
        assertEquals(
                "UNVERIFIED",
                view.json().getJsonArray("ownershipClaims").getJsonObject(0).getString("status"),
                view::body);
    }

    /**
     * The console is served everywhere and signs staff in with the configured provider (its origin the only other one
     * the page may connect to); its development sign-in exists only on development servers.
     */
    @Test
    void theConsoleIsServedButItsDevelopmentSignInIsNot() throws Exception {
        Api.Reply console = server.api()
                .send(server.api()
                        .request("/console/", null)
                        .header("Accept", "text/html")
                        .GET());
        assertEquals(200, console.status());
        String policy = console.header("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("connect-src 'self' https://id.example.org;"), policy);
        Api.Reply settings = server.api().get("/console/settings.json", null);
        assertEquals(200, settings.status(), settings::body);
        assertEquals(
                "{\"identityProvider\":{\"issuer\":\"https://id.example.org/realms/platform\","
                        + "\"clientId\":\"lifeline-console\",\"scope\":\"openid\"},\"developmentSignIn\":false}",
                settings.body());
        assertEquals(
                404,
                server.api()
                        .post("/api/v1/dev/tokens", null, "{\"subject\":\"x\",\"roles\":[\"admin\"]}")
                        .status());
    }

    @Test
    void developmentTokensAreRefused() throws Exception {
        String development = Tokens.forSubject("alice", "user", "admin");
        assertEquals(401, server.api().get("/api/v1/me/security", development).status());
    }

    @Test
    void tokensForAnotherAudienceOrNoneAreRefused() throws Exception {
        assertEquals(
                401,
                server.api()
                        .get("/api/v1/me/security", token("alice", "another-service", "user"))
                        .status());
        assertEquals(
                401,
                server.api()
                        .get("/api/v1/me/security", token("alice", null, "user"))
                        .status());
    }

    @Test
    void theClockEndpointDoesNotExist() throws Exception {
        String admin = token("ops", AUDIENCE, "admin");
        Api.Reply move = server.api().put("/api/v1/dev/clock", admin, "{\"offsetSeconds\":3600}");
        assertEquals(404, move.status(), move::body);
        assertEquals(404, server.api().get("/api/v1/dev/clock", admin).status());
        assertEquals(404, server.api().get("/api/v1/dev/clock", null).status());
    }

    @Test
    void itLogsJsonLinesWithoutItsSecrets() throws Exception {
        server.api().get("/api/v1/me/security", token("log-check", AUDIENCE, "user"));
        String log = server.log();
        List<String> lines = log.lines().filter(line -> !line.isBlank()).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject entry = reader.readObject();
                assertTrue(entry.containsKey("message") && entry.containsKey("level"), line);
            }
        }
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "a secret, key or token in the log");
        }
        assertFalse(log.contains("Configured system properties"), "no dump of system properties and JVM arguments");
    }
}
