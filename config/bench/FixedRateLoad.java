import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An open-loop load: requests start at a fixed rate whatever the server's pace (unlike wrk, whose connections wait
 * for each answer), with at most MAX_IN_FLIGHT under way, so the latencies are those clients would see at that rate.
 * A request that would exceed MAX_IN_FLIGHT is not sent and is counted as such: the server did not keep up.
 *
 * <pre>
 * java config/bench/FixedRateLoad.java BASE_URL TOKEN RATE SECONDS WARMUP MAX_IN_FLIGHT recovery PREFIX ACCOUNTS
 * java config/bench/FixedRateLoad.java BASE_URL TOKEN RATE SECONDS WARMUP MAX_IN_FLIGHT totp CODES_FILE
 * </pre>
 *
 * The first WARMUP seconds run at the same rate and are not counted: this client's own JVM is cold at first, and
 * on a small machine its warm-up shows as the server's latency.
 *
 * {@code recovery}: each request is a wrong recovery code for one of the accounts {@code PREFIX-0 .. PREFIX-(n-1)}.
 * {@code totp}: each request is a right TOTP code from the table codes.py wrote (line 1 the account ids, then
 * "step code1 .. codeN"), each account and 30-second step used once, as replay refusal demands; when a step has no
 * unused account left the request is not sent and is counted as exhausted (the accounts must be at least 30 times the
 * rate). The last line is {@code RESULT ...} in the format of verify.lua's, with {@code not_sent} added, and
 * {@code sent}: the requests the server got, warm-up included.
 */
public final class FixedRateLoad {

    private static final int PERIOD = 30;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int maxInFlight = Integer.parseInt(args[5]);
        Supplier<Optional<Call>> calls = switch (args[6]) {
            case "recovery" -> wrongRecoveryCodes(args[7], Integer.parseInt(args[8]));
            case "totp" -> rightTotpCodes(Path.of(args[7]));
            default -> throw new IllegalArgumentException("recovery or totp, not " + args[6]);
        };

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        long warm = (long) rate * warmup;
        long total = (long) rate * seconds;
        long[] latencies = new long[(int) total];
        AtomicInteger answered = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        AtomicLong notSent = new AtomicLong();
        AtomicLong exhausted = new AtomicLong();
        Semaphore inFlight = new Semaphore(maxInFlight);
        CountDownLatch finished = new CountDownLatch((int) total);
        long begun = System.nanoTime();
        long started = begun + warmup * 1_000_000_000L;
        long interval = 1_000_000_000L / rate;
        for (long n = -warm; n < total; n++) {
            // Each request is due at its own instant; a late clock sends the overdue ones at once (no omission).
            long due = started + n * interval;
            boolean counted = n >= 0;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Optional<Call> call = calls.get();
            if (call.isEmpty() || !inFlight.tryAcquire()) {
                if (counted) {
                    (call.isEmpty() ? exhausted : notSent).incrementAndGet();
                    finished.countDown();
                }
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + call.get().path()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(call.get().body()))
                    .build();
            sent.incrementAndGet();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                inFlight.release();
                if (!counted) {
                    return;
                }
                // Measured from when the request was due, so a client-side delay counts against the server too.
                latencies[answered.getAndIncrement()] = System.nanoTime() - due;
                statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                finished.countDown();
            });
        }
        finished.await(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;

        int count = answered.get();
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        Map<Integer, Integer> byStatus = new TreeMap<>(statuses);
        int ok = byStatus.getOrDefault(200, 0);
        int refused = byStatus.getOrDefault(422, 0);
        int locked = byStatus.getOrDefault(429, 0);
        int failed = byStatus.getOrDefault(-1, 0);
        System.out.printf("rate %d/s for %d s: %d answered %s, %d not sent (%d already in flight), %d exhausted%n",
                rate, seconds, count, byStatus, notSent.get(), maxInFlight, exhausted.get());
        System.out.printf("RESULT mode=open-%d secs=%.2f requests=%d ok=%d refused=%d locked=%d other=%d exhausted=%d"
                        + " sock_err=%d not_sent=%d sent=%d req_per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f"
                        + " max_ms=%.1f%n",
                rate, elapsed, count, ok, refused, locked, count - ok - refused - locked - failed, exhausted.get(),
                failed, notSent.get(), sent.get(), count / elapsed, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1e6);
        System.exit(0);
    }

    record Call(String path, String body) {}

    private static Supplier<Optional<Call>> wrongRecoveryCodes(String prefix, int accounts) {
        AtomicLong sent = new AtomicLong();
        return () -> Optional.of(new Call(
                "/api/v1/accounts/" + prefix + "-" + (sent.getAndIncrement() % accounts) + "/verifications",
                "{\"recoveryCode\":\"0000-0000-0000-0000-0000-0000\"}"));
    }

    private static Supplier<Optional<Call>> rightTotpCodes(Path table) throws Exception {
        String[] ids;
        Map<Long, String[]> codes = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(table)) {
            ids = in.readLine().trim().split("\\s+");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] words = line.trim().split("\\s+");
                codes.put(Long.parseLong(words[0]), Arrays.copyOfRange(words, 1, words.length));
            }
        }
        Map<Long, AtomicInteger> used = new ConcurrentHashMap<>();
        return () -> {
            long step = System.currentTimeMillis() / 1000 / PERIOD;
            String[] ofStep = codes.get(step);
            int account = used.computeIfAbsent(step, s -> new AtomicInteger()).getAndIncrement();
            if (ofStep == null || account >= ids.length) {
                return Optional.empty();
            }
            return Optional.of(new Call(
                    "/api/v1/accounts/" + ids[account] + "/verifications", "{\"code\":\"" + ofStep[account] + "\"}"));
        };
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
