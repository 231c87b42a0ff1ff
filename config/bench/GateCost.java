import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lifeline.dev.DevToken;

/**
 * What the sensitive-action gate costs a platform: REQUESTS calls of {@code GET /accounts/{id}/sensitive-actions}
 * from CLIENTS threads over ACCOUNTS accounts, then as many of {@code GET /accounts/{id}/security} (the status, the
 * nearest read) as the peer, after a warm-up of as many of each. Prints p50, p99 and the slowest in milliseconds for
 * each, and the non-200 answers. Against a running server that accepts the development tokens.
 *
 * <p>javac -d target/bench config/dev/DevToken.java config/bench/GateCost.java
 * <br>java -cp target/bench GateCost [BASE] [REQUESTS] [CLIENTS] [ACCOUNTS]      (http://localhost:8080 10000 4 100)
 */
public final class GateCost {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int accounts = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        String token = new DevToken(Path.of("config/dev/private-key.pem"))
                .mint("gate-cost", List.of("service"), null, Duration.ofHours(1));
        String prefix = "gate-cost-" + System.currentTimeMillis() + "-";
        for (String path : List.of("/sensitive-actions", "/security")) {
            run(base, token, prefix, path, requests, clients, accounts); // warm-up
        }
        for (String path : List.of("/sensitive-actions", "/security")) {
            run(base, token, prefix, path, requests, clients, accounts).print(path);
        }
    }

    private static Result run(
            URI base, String token, String prefix, String path, int requests, int clients, int accounts)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(
                                    base.resolve("/api/v1/accounts/" + prefix + (i % accounts) + path))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build();
                    long start = System.nanoTime();
                    try {
                        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    nanos.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Result(sorted, failures.get());
    }

    private record Result(List<Long> sorted, int failures) {
        void print(String path) {
            System.out.printf(
                    "RESULT %s requests=%d failures=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
                    path,
                    sorted.size(),
                    failures,
                    sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() * 99 / 100) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6);
        }
    }
}
