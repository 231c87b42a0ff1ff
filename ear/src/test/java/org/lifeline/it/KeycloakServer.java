package org.lifeline.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) from the {@code keycloak-quarkus-dist} the {@code keycloak}
 * profile unpacks, on 127.0.0.1 and the profile's port, with the realm file of {@code config/keycloak/} imported.
 * Its output goes to {@code target/keycloak.log}; closing stops it and every process it started.
 */
final class KeycloakServer implements AutoCloseable {

    private final Process process;
    final String issuer;

    private KeycloakServer(Process process, String issuer) {
        this.process = process;
        this.issuer = issuer;
    }

    /** Starts Keycloak from the system properties the profile sets, and waits until the realm answers. */
    static KeycloakServer start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("lifeline.test.keycloak.home"));
        Path realm = Path.of(System.getProperty("lifeline.test.keycloak.realm"));
        int port = Integer.getInteger("lifeline.test.keycloak.port");
        deleteTree(home.resolve("data/h2")); // an earlier run's realm would stay: Keycloak imports only new realms
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realm, imports.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Process process = new ProcessBuilder(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/keycloak.log").toFile())
                .start();
        KeycloakServer server = new KeycloakServer(process, "http://127.0.0.1:" + port + "/realms/lifeline");
        try {
            server.awaitRealm(Duration.ofMinutes(3));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private void awaitRealm(Duration patience) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(
                        "Keycloak stopped with exit code " + process.exitValue() + ": see target/keycloak.log");
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new IOException("Keycloak's realm did not answer within " + patience + ": see target/keycloak.log");
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
