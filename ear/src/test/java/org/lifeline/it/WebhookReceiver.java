package org.lifeline.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform's webhook endpoint: keeps every call it gets, answers 204. */
final class WebhookReceiver implements AutoCloseable {

    record Call(String signature, String notificationId, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hooks/lifeline", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                calls.add(new Call(
                        exchange.getRequestHeaders().getFirst("Lifeline-Signature"),
                        exchange.getRequestHeaders().getFirst("Lifeline-Notification-Id"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    List<Call> callsAbout(String accountId) {
        return calls.stream()
                .filter(c -> c.body().contains("\"accountId\":\"" + accountId + "\""))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
