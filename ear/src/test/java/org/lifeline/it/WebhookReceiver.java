package org.lifeline.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A platform's webhook endpoint: keeps every call it gets, answers 204, one call at a time, after a set delay. */
final class WebhookReceiver implements AutoCloseable {

    record Call(String signature, String notificationId, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    WebhookReceiver(int port) throws IOException {
        this(port, Duration.ZERO);
    }

    /** A receiver that takes {@code delay} over each call, as a busy endpoint does. */
    WebhookReceiver(int port, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hooks/lifeline", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                Thread.sleep(delay.toMillis());
                calls.add(new Call(
                        exchange.getRequestHeaders().getFirst("Lifeline-Signature"),
                        exchange.getRequestHeaders().getFirst("Lifeline-Notification-Id"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
