import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * An open-loop load: requests start at a fixed rate whatever the server's pace (unlike wrk, whose connections wait
 * for each answer), with at most {@code maxInFlight} under way, so the latencies are those clients would see at
 * that rate. Each request is a wrong recovery code for one of the accounts {@code PREFIX-0 .. PREFIX-(n-1)}.
 *
 * <pre>java config/bench/FixedRateLoad.java BASE_URL TOKEN PREFIX ACCOUNTS RATE_PER_SECOND SECONDS MAX_IN_FLIGHT</pre>
 */
public final class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        String prefix = args[2];
        int accounts = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        Semaphore inFlight = new Semaphore(Integer.parseInt(args[6]));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<CompletableFuture<Void>> calls = Collections.synchronizedList(new ArrayList<>());
        int[] dropped = {0};
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        long[] sent = {0};
        clock.scheduleAtFixedRate(() -> {
            if (sent[0]++ >= total) {
                return;
            }
            if (!inFlight.tryAcquire()) {
                dropped[0]++;
                return;
            }
            String account = prefix + "-" + (sent[0] % accounts);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts/" + account
                            + "/verifications"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"recoveryCode\":\"0000-0000-0000-0000-0000-0000\"}"))
                    .build();
            long start = System.nanoTime();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                inFlight.release();
                latencies.add(System.nanoTime() - start);
                statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                return null;
            }));
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L + 200);
        clock.shutdown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("rate %d/s for %d s: %d answered %s, %d not sent (%d already in flight)%n", rate, seconds,
                sorted.size(), statuses, dropped[0], Integer.parseInt(args[6]));
        System.out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        System.exit(0);
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
