import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.lifeline.dev.DevToken;

/**
 * Prepares accounts with a confirmed authenticator, then sends each one verification with its current TOTP code, as
 * a platform's back end does ({@code POST /api/v1/accounts/{id}/verifications}, service token). The two phases run
 * apart so that a caller can read the database's counters around the second one (config/bench/statements.sh does).
 *
 * <pre>
 * javac -d target/bench config/dev/DevToken.java config/bench/VerificationLoad.java
 * java -cp target/bench VerificationLoad prepare BASE_URL ACCOUNTS STATE_FILE
 * java -cp target/bench VerificationLoad verify BASE_URL STATE_FILE
 * java -cp target/bench VerificationLoad enroll BASE_URL CONCURRENCY SECONDS WARMUP ACCOUNTS
 * </pre>
 *
 * <p>{@code enroll} measures enrollment under load (config/bench/enroll.sh runs it).
 */
public final class VerificationLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final DevToken TOKENS = devToken();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "prepare" -> prepare(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "enroll" -> enroll(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException("prepare, verify or enroll");
        }
    }

    /** Enrolls and confirms each account with the previous step's code, so the current step is left for verify. */
    static void prepare(String base, int accounts, Path state) throws Exception {
        String prefix = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String account = prefix + "-" + i;
            String user = TOKENS.mint(account, List.of("user"), null, Duration.ofHours(1));
            String enrolled = send(base + "/api/v1/me/authenticator", user, "{}", 201);
            String secret = enrolled.replaceAll(".*\"secret\":\"([A-Z2-7]+)\".*", "$1");
            // The previous step's code is one step behind: in a step's last second it may arrive two behind.
            long millisIntoStep = System.currentTimeMillis() % 30_000;
            if (millisIntoStep > 29_000) {
                Thread.sleep(30_000 - millisIntoStep + 50);
            }
            send(base + "/api/v1/me/authenticator/confirm", user,
                    "{\"code\":\"" + code(secret, Instant.now().getEpochSecond() / 30 - 1) + "\"}", 200);
            lines.add(account + " " + secret);
        }
        Files.write(state, lines);
        System.out.println("prepared " + accounts + " accounts (" + prefix + "-*)");
    }

    static void verify(String base, Path state) throws Exception {
        String service = TOKENS.mint("bench-backend", List.of("service"), null, Duration.ofHours(1));
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (String line : Files.readAllLines(state)) {
            String[] parts = line.split(" ");
            String body = "{\"code\":\"" + code(parts[1], Instant.now().getEpochSecond() / 30) + "\"}";
            HttpResponse<String> answer = HTTP.send(request(base + "/api/v1/accounts/" + parts[0] + "/verifications",
                    service, body), HttpResponse.BodyHandlers.ofString());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
        }
        System.out.printf("verified: %s in %d ms%n", statuses, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Enrollment under load, closed loop: CONCURRENCY clients each enroll a fresh account ({@code POST
     * /me/authenticator}) and confirm it with the current step's code ({@code POST /me/authenticator/confirm}, ten
     * recovery codes issued), again and again: WARMUP seconds not counted, then SECONDS counted. The ACCOUNTS user
     * tokens are minted before the clock starts, so the client's RSA signing is not charged to the server's run; a
     * client that finds none left stops (counted as exhausted). Prints a RESULT line in verify.lua's format, where a
     * request is one enrollment (both calls; ok when they answered 201 and 200), its latency the two calls', and
     * {@code sent} the enrollments started, warm-up included.
     */
    static void enroll(String base, int concurrency, int seconds, int warmup, int accounts) throws Exception {
        String prefix = "enroll-" + Long.toString(System.currentTimeMillis(), 36);
        String[] tokens = java.util.stream.IntStream.range(0, accounts).parallel().mapToObj(i -> {
            try {
                return TOKENS.mint(prefix + "-" + i, List.of("user"), null, Duration.ofHours(2));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger exhausted = new AtomicInteger();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        long counted = System.nanoTime() + warmup * 1_000_000_000L;
        long ends = counted + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            long[] mine = new long[1 + accounts];
            latencies.add(mine);
            clients.add(new Thread(() -> {
                while (System.nanoTime() < ends) {
                    int i = next.getAndIncrement();
                    if (i >= accounts) {
                        exhausted.incrementAndGet();
                        return;
                    }
                    long started = System.nanoTime();
                    String outcome = enrollOne(base, tokens[i]);
                    long finished = System.nanoTime();
                    if (started >= counted && finished <= ends) {
                        mine[1 + (int) mine[0]++] = finished - started;
                        outcomes.merge(outcome, 1, Integer::sum);
                    }
                }
            }));
        }
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }
        long[] sorted = latencies.stream()
                .flatMapToLong(mine -> java.util.Arrays.stream(mine, 1, 1 + (int) mine[0]))
                .sorted()
                .toArray();
        int ok = outcomes.getOrDefault("ok", 0);
        int refused = outcomes.getOrDefault("refused", 0);
        int sockErr = outcomes.getOrDefault("io", 0);
        System.out.printf("enrollments at concurrency %d: %s, %d clients out of accounts%n", concurrency, outcomes,
                exhausted.get());
        System.out.printf("RESULT mode=enroll-%d secs=%d requests=%d ok=%d refused=%d locked=0 other=%d exhausted=%d"
                        + " sock_err=%d sent=%d req_per_s=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                concurrency, seconds, sorted.length, ok, refused, sorted.length - ok - refused - sockErr,
                exhausted.get(), sockErr, Math.min(next.get(), accounts), (double) sorted.length / seconds,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** One enrollment: "ok", "refused" (the confirmation's 422), "io" (no answer) or the unexpected status. */
    private static String enrollOne(String base, String user) {
        try {
            HttpResponse<String> enrolled = HTTP.send(request(base + "/api/v1/me/authenticator", user, "{}"),
                    HttpResponse.BodyHandlers.ofString());
            if (enrolled.statusCode() != 201) {
                return "enroll-" + enrolled.statusCode();
            }
            String secret = enrolled.body().replaceAll(".*\"secret\":\"([A-Z2-7]+)\".*", "$1");
            String body = "{\"code\":\"" + code(secret, Instant.now().getEpochSecond() / 30) + "\"}";
            HttpResponse<String> confirmed = HTTP.send(request(base + "/api/v1/me/authenticator/confirm", user, body),
                    HttpResponse.BodyHandlers.ofString());
            return switch (confirmed.statusCode()) {
                case 200 -> "ok";
                case 422 -> "refused";
                default -> "confirm-" + confirmed.statusCode();
            };
        } catch (java.io.IOException e) {
            return "io";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    private static String send(String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> answer = HTTP.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static HttpRequest request(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** RFC 6238 with SHA-1, six digits, 30-second steps: what an authenticator app shows for {@code step}. */
    static String code(String base32Secret, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    private static DevToken devToken() {
        try {
            return new DevToken(Path.of("config/dev/private-key.pem"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
