package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lifeline.dev.DevToken;

/**
 * A production server told to stop (SIGTERM, as an orchestrator or Ctrl-C does) while a request is in flight: the
 * request is answered and its write committed, new requests are no longer taken, and the server then exits by itself.
 * The request in flight is an evidence upload, half sent: it streams into the application as it arrives. A JSON body
 * still arriving is gathered outside the application (the I/O threads buffer it, so that slow clients hold no
 * worker): a stop drops it unanswered, with nothing written, and its client may send it again elsewhere.
 */
class GracefulShutdownIT {

    static final int PORT_OFFSET = 500;

    private static final String BOUNDARY = "graceful-upload";

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
            String owner = Tokens.newAccountId("graceful");
            String user = identityProvider.mint(
                    owner, List.of("user"), null, Duration.ofMinutes(10), ProductionServerIT.AUDIENCE);
            String caseId = openCase(user);
            byte[] upload = evidenceForm(Multipart.pdf("graceful"));
            String late = Tokens.newAccountId("graceful-late");
            byte[] json =
                    ("{\"email\":\"" + late + "@example.org\",\"riskTier\":\"HIGH\"}").getBytes(StandardCharsets.UTF_8);

            try (Socket uploading = new Socket("127.0.0.1", 8080 + PORT_OFFSET);
                    Socket slowJson = new Socket("127.0.0.1", 8080 + PORT_OFFSET)) {
                uploading.setSoTimeout(60_000);
                slowJson.setSoTimeout(60_000);
                OutputStream out = uploading.getOutputStream();
                out.write(("POST /api/v1/me/recovery-cases/" + caseId + "/evidence HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + user + "\r\nContent-Type: multipart/form-data; boundary="
                                + BOUNDARY + "\r\nAccept: application/json\r\nConnection: close\r\nContent-Length: "
                                + upload.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(upload, 0, 200);
                out.flush();
                OutputStream jsonOut = slowJson.getOutputStream();
                jsonOut.write(("PUT /api/v1/accounts/" + late + " HTTP/1.1\r\nHost: localhost\r\n"
                                + "Authorization: Bearer " + service + "\r\nContent-Type: application/json\r\n"
                                + "Accept: application/json\r\nConnection: close\r\nContent-Length: " + json.length
                                + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                jsonOut.write(json, 0, 10);
                jsonOut.flush();
                Thread.sleep(1_000); // the upload is in the application now, its file half sent

                Instant stopAsked = Instant.now();
                server.signalStop();
                Thread.sleep(2_000);
                assertTrue(server.isRunning(), "the server stopped with a request in flight");
                assertTrue(refusesNewRequests(), "a new request was taken after the stop was asked");

                out.write(upload, 200, upload.length - 200);
                out.flush();
                String answer = read(uploading.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 201"), answer);

                assertTrue(server.awaitExit(Duration.ofSeconds(60)), "the server did not stop by itself");
                assertTrue(Duration.between(stopAsked, Instant.now()).toSeconds() < 60);
                String dropped = readOrNothing(slowJson.getInputStream());
                assertTrue(!dropped.startsWith("HTTP/1.1 2"), "a body that never arrived was answered: " + dropped);
            }
            assertEquals(1, evidenceOf(caseId), "the answered upload was not committed");
            assertEquals(null, riskTierOf(late), "a request whose body never arrived was written");
        }
    }

    private static String openCase(String user) throws Exception {
        HttpResponse<String> opened = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/api/v1/me/recovery-cases"))
                                .header("Authorization", "Bearer " + user)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"LOST_DEVICE\","
                                        + "\"description\":\"Phone lost\",\"contactEmail\":\"me@example.org\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, opened.statusCode(), opened::body);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(opened.body());
        assertTrue(id.find(), opened.body());
        return id.group(1);
    }

    private static byte[] evidenceForm(byte[] pdf) {
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n--"
                        + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(pdf);
        form.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return form.toByteArray();
    }

    private static String readOrNothing(InputStream in) {
        try {
            return read(in);
        } catch (IOException closed) {
            return "";
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

    private static long evidenceOf(String caseId) throws Exception {
        try (Connection connection = connect();
                PreparedStatement query =
                        connection.prepareStatement("SELECT COUNT(*) FROM recovery_case_evidence WHERE case_id = ?")) {
            query.setString(1, caseId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection connect() throws Exception {
        Map<String, String> db = ProductionServer.database();
        String url = "jdbc:mariadb://" + db.get("MARIADB_HOST") + ":" + db.get("MARIADB_PORT") + "/"
                + db.get("MARIADB_DATABASE");
        return DriverManager.getConnection(url, db.get("MARIADB_USER"), db.get("MARIADB_PASSWORD"));
    }

    private static String riskTierOf(String accountId) throws Exception {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT risk_tier FROM account WHERE id = ?")) {
            query.setString(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
