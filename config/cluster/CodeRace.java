import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lifeline.dev.DevToken;

/**
 * One recovery code raced on several nodes at once: enrolls ROUNDS fresh accounts through the first node (the
 * development benchmark loader), then for each account lets THREADS threads, released together by a latch, send the
 * same recovery code to the nodes in turn. Each node's database is its own Galera node, so the collisions are settled
 * by Galera's certification. Prints the answers of every round and the lock-contention retries each node counted;
 * exits non-zero unless every round accepted the code exactly once and nothing answered 5xx.
 *
 * <p>javac -d target/cluster config/dev/DevToken.java config/cluster/CodeRace.java
 * <br>java -cp target/cluster CodeRace http://localhost:9080,http://localhost:10080 [THREADS] [ROUNDS]   (24 5)
 */
public final class CodeRace {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        List<String> nodes = List.of(args[0].split(","));
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        DevToken tokens = new DevToken(Path.of("config/dev/private-key.pem"));
        String admin = tokens.mint("code-race", List.of("admin"), null, Duration.ofHours(1));
        String service = tokens.mint("code-race", List.of("service"), null, Duration.ofHours(1));
        String prefix = "race-" + System.currentTimeMillis();
        HttpResponse<String> enrolled = HTTP.send(
                HttpRequest.newBuilder(URI.create(nodes.get(0) + "/api/v1/dev/benchmark-accounts?prefix=" + prefix
                                + "&first=0&count=" + rounds))
                        .header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (enrolled.statusCode() != 200) {
            throw new IllegalStateException("enrolling: " + enrolled.statusCode() + " " + enrolled.body());
        }
        boolean pass = true;
        Map<Integer, AtomicInteger> total = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (String line : enrolled.body().strip().split("\n")) {
            String[] fields = line.split(" ");
            String account = fields[0];
            String code = fields[2];
            CountDownLatch start = new CountDownLatch(1);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String node = nodes.get(i % nodes.size());
                sent.add(pool.submit(() -> {
                    start.await();
                    int status = HTTP.send(
                                    HttpRequest.newBuilder(URI.create(node + "/api/v1/accounts/" + account
                                                    + "/verifications"))
                                            .header("Authorization", "Bearer " + service)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"recoveryCode\":\"" + code + "\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> request : sent) {
                request.get();
            }
            int accepted = statuses.getOrDefault(200, new AtomicInteger()).get();
            boolean serverErrors = statuses.keySet().stream().anyMatch(s -> s >= 500);
            pass &= accepted == 1 && !serverErrors;
            statuses.forEach((s, n) -> total.computeIfAbsent(s, x -> new AtomicInteger()).addAndGet(n.get()));
            System.out.println("ROUND " + account + " statuses=" + new TreeMap<>(statuses));
        }
        pool.shutdown();
        System.out.println("RESULT rounds=" + rounds + " threads=" + threads + " nodes=" + nodes.size() + " statuses="
                + total);
        for (String node : nodes) {
            URI management = URI.create(node);
            String metrics = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://" + management.getHost() + ":"
                                            + (management.getPort() + 1910) + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String retries = metrics.lines()
                    .filter(l -> l.startsWith("lifeline_lock_contention_retries_total"))
                    .reduce((a, b) -> a + " " + b)
                    .orElse("none");
            System.out.println("RESULT node=" + node + " " + retries);
        }
        System.out.println("VERDICT " + (pass ? "pass" : "fail"));
        System.exit(pass ? 0 : 1);
    }
}
