package org.lifeline.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's ownership verifier, as a platform would write one: it checks Lifeline's signature (HMAC-SHA256 of
 * "t.body", the webhook's scheme), looks each claimed reference up in its ledger and answers
 * {@code {results: [{claimId, matched}]}}, signed the same way. A test switches it to misbehave.
 */
final class LedgerVerifier implements AutoCloseable {

    static final String PATH = "/ledger/ownership-claims";
    static final String SECRET = "test-verifier-secret";

    enum Mode {
        HONEST,
        GARBAGE,
        BAD_SIGNATURE,
        UNSIGNED,
        SLOW,
        SERVER_ERROR
    }

    /** One call: its body and whether Lifeline's signature on it verified. */
    record Call(JsonObject body, boolean signedByLifeline) {

        List<String> claimIds() {
            return body.getJsonArray("claims").stream()
                    .map(claim -> claim.asJsonObject().getString("claimId"))
                    .toList();
        }
    }

    private final HttpServer server;
    private final Set<String> ledger;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.HONEST;

    LedgerVerifier(Set<String> ledger) throws IOException {
        this.ledger = ledger;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port()), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext(PATH, exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String signature = exchange.getRequestHeaders().getFirst("Lifeline-Signature");
            JsonObject request = Json.createReader(new StringReader(body)).readObject();
            boolean signed = verifies(signature, body);
            calls.add(new Call(request, signed));
            if (!signed) {
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            Mode now = mode;
            if (now == Mode.SERVER_ERROR) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            if (now == Mode.SLOW) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String answer = now == Mode.GARBAGE ? "<html>ok</html>" : answer(request);
            long t = System.currentTimeMillis() / 1000;
            if (now == Mode.BAD_SIGNATURE) {
                exchange.getResponseHeaders().add("Lifeline-Signature", "t=" + t + ",v1=" + hmac("t." + answer));
            } else if (now != Mode.UNSIGNED) {
                exchange.getResponseHeaders().add("Lifeline-Signature", "t=" + t + ",v1=" + hmac(t + "." + answer));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException gone) {
                // Lifeline gave up waiting (the slow mode): nothing to answer
            }
            exchange.close();
        });
        server.start();
    }

    static int port() {
        return Integer.parseInt(System.getProperty("lifeline.test.verifier.port", "18090"));
    }

    void misbehave(Mode next) {
        mode = next;
    }

    List<Call> callsAbout(String claimId) {
        return calls.stream().filter(c -> c.claimIds().contains(claimId)).toList();
    }

    private String answer(JsonObject request) {
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (JsonValue claim : request.getJsonArray("claims")) {
            JsonObject each = claim.asJsonObject();
            results.add(Json.createObjectBuilder()
                    .add("claimId", each.getString("claimId"))
                    .add("matched", ledger.contains(each.getString("reference"))));
        }
        return Json.createObjectBuilder().add("results", results).build().toString();
    }

    private static boolean verifies(String header, String body) {
        if (header == null || !header.startsWith("t=") || !header.contains(",v1=")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf(",v1=") + 4);
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t));
        return age <= 300
                && MessageDigest.isEqual(
                        hmac(t + "." + body).getBytes(StandardCharsets.US_ASCII),
                        v1.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
