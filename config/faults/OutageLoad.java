import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.lifeline.dev.DevToken;

/**
 * A database outage as clients see it. {@code load BASE HEALTH CLIENTS SECONDS OUT}: CLIENTS threads call the API for
 * SECONDS (each in turn reads its owner's security status and offers a wrong recovery code through the platform's
 * path, a read and a write), and one thread asks {@code HEALTH} every 250 ms; every answer goes to OUT as a line
 * {@code kind epoch-ms status latency-ms}, a request without an answer within 10 s as status 0.
 * {@code summarize OUT DOWN_AT UP_AT CLIENTS}: the answers before, during and after the outage (DOWN_AT and UP_AT
 * are epoch milliseconds): counts by status, the slowest answer, the health answers, and how long after UP_AT the
 * API and the health check answered 200 again. Prints RESULT lines, then a VERDICT line, and exits with 1 when the
 * outage was not handled as it must be: a 5xx other than 503 beyond one a client (a commit in flight when the
 * database went away), a request unanswered or answered after 5 s, health never DOWN, not back within 10 s of the
 * database, or a 5xx after the first 200 (a stale connection handed out).
 *
 * <p>javac -d target/faults config/dev/DevToken.java config/faults/OutageLoad.java
 */
public final class OutageLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    record Answer(String kind, long at, int status, long millis) {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
            case "summarize" -> summarize(
                    Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("load or summarize");
        }
    }

    static void load(String base, String health, int clients, int seconds, Path out) throws Exception {
        DevToken tokens = new DevToken(Path.of("config/dev/private-key.pem"));
        String service = tokens.mint("outage-platform", List.of("service"), null, Duration.ofHours(1));
        String prefix = "outage-" + Long.toString(System.currentTimeMillis(), 36);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            String account = prefix + "-" + c;
            String user = tokens.mint(account, List.of("user"), null, Duration.ofHours(1));
            pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    answers.add(call("status", HttpRequest.newBuilder(URI.create(base + "/api/v1/me/security"))
                            .header("Authorization", "Bearer " + user)
                            .GET()));
                    answers.add(call("verify", HttpRequest.newBuilder(
                                    URI.create(base + "/api/v1/accounts/" + account + "/verifications"))
                            .header("Authorization", "Bearer " + service)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"recoveryCode\":\"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\"}"))));
                }
                return null;
            });
        }
        pool.submit(() -> {
            while (System.currentTimeMillis() < end) {
                answers.add(call("health", HttpRequest.newBuilder(URI.create(health)).GET()));
                Thread.sleep(250);
            }
            return null;
        });
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            for (Answer a : answers) {
                writer.write(a.kind() + " " + a.at() + " " + a.status() + " " + a.millis() + "\n");
            }
        }
        System.out.println("RESULT answers=" + answers.size());
    }

    private static Answer call(String kind, HttpRequest.Builder request) {
        long start = System.currentTimeMillis();
        int status;
        try {
            status = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (HttpTimeoutException e) {
            status = 0;
        } catch (IOException e) {
            status = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        return new Answer(kind, start, status, System.currentTimeMillis() - start);
    }

    static void summarize(Path out, long downAt, long upAt, int clients) throws IOException {
        List<Answer> answers = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            String[] f = line.split(" ");
            answers.add(new Answer(f[0], Long.parseLong(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
        }
        for (String phase : new String[] {"before", "during", "after"}) {
            for (String kind : new String[] {"api", "health"}) {
                Map<Integer, Integer> statuses = new TreeMap<>();
                long slowest = 0;
                for (Answer a : answers) {
                    boolean api = !a.kind().equals("health");
                    if (api != kind.equals("api") || !phase.equals(phase(a.at(), downAt, upAt))) {
                        continue;
                    }
                    statuses.merge(a.status(), 1, Integer::sum);
                    slowest = Math.max(slowest, a.millis());
                }
                System.out.printf("RESULT phase=%s kind=%s statuses=%s slowest_ms=%d%n", phase, kind, statuses, slowest);
            }
        }
        long apiBack = firstOk(answers, false, upAt);
        long healthBack = firstOk(answers, true, upAt);
        long errorsAfter = answers.stream()
                .filter(a -> !a.kind().equals("health") && a.at() > upAt + Math.max(apiBack, 0) && a.status() >= 500)
                .count();
        System.out.printf(
                "RESULT api_ok_after_up_ms=%d health_up_after_up_ms=%d api_5xx_after_first_ok=%d%n",
                apiBack, healthBack, errorsAfter);

        List<String> failed = new ArrayList<>();
        long during500 = answers.stream()
                .filter(a -> !a.kind().equals("health") && a.at() >= downAt && a.at() < upAt)
                .filter(a -> a.status() >= 500 && a.status() != 503)
                .count();
        // a commit in flight when the database went away may end as an incident (its outcome is unknown): at most
        // one a client; everything asked after that is a 503
        if (during500 > clients) {
            failed.add(during500 + " answers other than 503 in the 5xx range during the outage");
        }
        if (answers.stream().anyMatch(a -> a.status() <= 0)) {
            failed.add("requests without an answer within 10 s, or with the connection refused");
        }
        if (answers.stream().anyMatch(a -> a.at() >= downAt && a.at() < upAt && a.millis() > 5_000)) {
            failed.add("an answer slower than 5 s during the outage");
        }
        if (answers.stream().noneMatch(a -> a.kind().equals("health") && a.status() == 503 && a.at() >= downAt)) {
            failed.add("the health check never said DOWN");
        }
        if (healthBack < 0 || healthBack > 10_000 || apiBack < 0 || apiBack > 10_000) {
            failed.add("not back within 10 s of the database");
        }
        if (errorsAfter > 0) {
            failed.add(errorsAfter + " 5xx answers after the first 200 (stale connections)");
        }
        System.out.println(failed.isEmpty() ? "VERDICT pass" : "VERDICT fail: " + String.join("; ", failed));
        if (!failed.isEmpty()) {
            System.exit(1);
        }
    }


    private static String phase(long at, long downAt, long upAt) {
        return at < downAt ? "before" : at < upAt ? "during" : "after";
    }

    /** Milliseconds from UP_AT to the first 200 of that kind started after it; -1 if none. */
    private static long firstOk(List<Answer> answers, boolean health, long upAt) {
        return answers.stream()
                .filter(a -> a.kind().equals("health") == health && a.at() >= upAt && a.status() == 200)
                .mapToLong(a -> a.at() + a.millis() - upAt)
                .min()
                .orElse(-1);
    }
}
