package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.dev.DevToken;

/**
 * A production server told to stop (SIGTERM, as an orchestrator or Ctrl-C does) while a request is in flight: the
 * request is answered and its write committed, new requests are no longer taken, and the server then exits by itself.
 */
class GracefulShutdownIT {

    static final int PORT_OFFSET = 500;

    @Test
    void aRequestInFlightIsAnsweredAndCommittedBeforeTheServerStops() throws Exception {
        Path base = ProductionServer.BUILT.resolveSibling("production-it").resolve("graceful-idp");
        Path idp = Files.createDirectories(base);
        DevToken identityProvider = new DevToken(ProductionServerIT.writeKeyPair(idp), ProductionServerIT.ISSUER);
        Map<String, String> environment = ProductionServerIT.configuration(idp);
        Path folder = ProductionServer.BUILT.resolveSibling("production-it").resolve("graceful");
        try (ProductionServer server = ProductionServer.startIn(folder, environment, PORT_OFFSET)) {
            assertTrue(server.awaitDeployment(Duration.ofSeconds(180)), () -> "deployment failed: " + server.log());
            String service = identityProvider.mint(
                    "platform-backend", List.of("service"), null, Duration.ofMinutes(10), ProductionServerIT.AUDIENCE);
            String accountId = Tokens.newAccountId("graceful");
            byte[] body = ("{\"email\":\"" + accountId + "@example.org\",\"riskTier\":\"HIGH\"}")
                    .getBytes(StandardCharsets.UTF_8);

            try (Socket socket = new Socket("127.0.0.1", 8080 + PORT_OFFSET)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /api/v1/accounts/" + accountId + " HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + service + "\r\nContent-Type: application/json\r\n"
                                + "Accept: application/json\r\nConnection: close\r\nContent-Length: " + body.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                Thread.sleep(1_000); // the request is in the server now, its body half sent

                Instant stopAsked = Instant.now();
                server.signalStop();
                Thread.sleep(2_000);
                assertTrue(server.isRunning(), "the server stopped with a request in flight");
                assertTrue(refusesNewRequests(), "a new request was taken after the stop was asked");

                out.write(body, 10, body.length - 10);
                out.flush();
                String answer = read(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 201"), answer);

                assertTrue(server.awaitExit(Duration.ofSeconds(60)), "the server did not stop by itself");
                assertTrue(Duration.between(stopAsked, Instant.now()).toSeconds() < 60);
            }
            assertEquals("HIGH", riskTierOf(accountId), "the answered write was not committed");
        }
    }

    /** A new connection is refused, or answered 503 while the server finishes what it has. */
    private static boolean refusesNewRequests() {
        try (Socket socket = new Socket("127.0.0.1", 8080 + PORT_OFFSET)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET /api/v1/me/security HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            return read(socket.getInputStream()).startsWith("HTTP/1.1 503");
        } catch (IOException e) {
            return true;
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String riskTierOf(String accountId) throws Exception {
        Map<String, String> db = ProductionServer.database();
        String url = "jdbc:mariadb://" + db.get("MARIADB_HOST") + ":" + db.get("MARIADB_PORT") + "/"
                + db.get("MARIADB_DATABASE");
        try (Connection connection =
                        DriverManager.getConnection(url, db.get("MARIADB_USER"), db.get("MARIADB_PASSWORD"));
                PreparedStatement query = connection.prepareStatement("SELECT risk_tier FROM account WHERE id = ?")) {
            query.setString(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
