import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.dev.DevToken;

/**
 * The cluster's load, as a platform's back end sends it through the load balancer.
 *
 * <p>{@code load BASE ACCOUNTS CLIENTS SECONDS OUT}: enrolls ACCOUNTS accounts through BASE (the development loader:
 * an authenticator and ten recovery codes each), then CLIENTS clients in a closed loop, for SECONDS, verify codes of
 * their own accounts (client c takes the accounts i with i mod CLIENTS = c, so no two clients share one): a recovery
 * code not offered before, or the authenticator app's code of a step the account has not used (T or T+1). A
 * request that got no answer, or a 5xx, may or may not have been carried out: its code is never offered again. A
 * client answered 503 waits the seconds its {@code Retry-After} asks (10 at most) before its next request, as a
 * platform's client does: without it, 32 clients against a node that answers 503 at once send thousands a second.
 * Writes OUT/acknowledged.tsv (per account: recovery codes accepted, highest TOTP step accepted, accepted in all) and
 * OUT/timeline.tsv (per second: answers by class, 503 apart), and prints RESULT lines.
 *
 * <p>{@code lock NODE_A NODE_B}: locks a fresh account with wrong codes on NODE_A, then offers its right code on
 * NODE_B, which must refuse it (429): the lock is the database's, not a node's.
 *
 * <p>javac -d target/cluster config/dev/DevToken.java config/bench/VerificationLoad.java
 * config/cluster/ClusterLoad.java
 */
public final class ClusterLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final DevToken TOKENS = devToken();
    private static final String SERVICE = mint("cluster-platform", "service");
    /** Why requests got no answer, with how often. */
    private static final Map<String, Long> UNANSWERED = new ConcurrentHashMap<>();
    /** Why requests were answered 503 (the problem's detail), with how often. */
    private static final Map<String, Long> UNAVAILABLE = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Path.of(args[5]));
            case "lock" -> lock(args[1], args[2]);
            default -> throw new IllegalArgumentException("load or lock");
        }
    }

    /** One account of the load: its secret, its recovery codes not offered yet, what was accepted. */
    private static final class Account {
        final String id;
        final String secret;
        final List<String> codes = new ArrayList<>();
        long lastStep;
        int codesAccepted;
        long stepAccepted;
        int accepted;

        Account(String line) {
            String[] fields = line.split(" ");
            id = fields[0];
            secret = fields[1];
            for (int i = 2; i < fields.length; i++) {
                codes.add(fields[i]);
            }
        }
    }

    static void load(String base, int count, int clients, int seconds, Path out) throws Exception {
        Files.createDirectories(out);
        List<Account> accounts = enroll(base, count);
        // the loader confirmed each authenticator with a code of the current step at most: the next ones are free
        long enrolledStep = System.currentTimeMillis() / 30_000;
        accounts.forEach(a -> a.lastStep = enrolledStep);
        System.out.println("READY accounts=" + accounts.size() + " clients=" + clients + " seconds=" + seconds);
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        Map<Long, AtomicLongArray> timeline = new ConcurrentSkipListMap<>();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            List<Account> own = new ArrayList<>();
            for (int i = c; i < accounts.size(); i += clients) {
                own.add(accounts.get(i));
            }
            pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    Account account = own.get(ThreadLocalRandom.current().nextInt(own.size()));
                    long now = System.currentTimeMillis() / 30_000;
                    // T or T+1: a code of T-1 sent at a step's end would reach the server as T-2, out of its window
                    long step = Math.max(account.lastStep + 1, now);
                    boolean totp = step <= now + 1 && (account.codes.isEmpty() || ThreadLocalRandom.current().nextBoolean());
                    if (!totp && account.codes.isEmpty()) {
                        continue;
                    }
                    String body = totp
                            ? "{\"code\":\"" + VerificationLoad.code(account.secret, step) + "\"}"
                            : "{\"recoveryCode\":\"" + account.codes.remove(account.codes.size() - 1) + "\"}";
                    if (totp) {
                        account.lastStep = step; // offered once, whatever the answer
                    }
                    Answer answer = send(base, account.id, body);
                    int status = answer.status();
                    long second = (System.currentTimeMillis() - start) / 1000;
                    timeline.computeIfAbsent(second, s -> new AtomicLongArray(5))
                            .incrementAndGet(
                                    status == 0
                                            ? 4
                                            : status == 503 ? 2 : status >= 500 ? 3 : status >= 400 ? 1 : 0);
                    statuses.merge(status, 1L, Long::sum);
                    if (status == 200) {
                        account.accepted++;
                        if (totp) {
                            account.stepAccepted = step;
                        } else {
                            account.codesAccepted++;
                        }
                    }
                    // as a platform's client does: a 503 says when to come back
                    Thread.sleep(Math.min(answer.retryAfterSeconds(), RETRY_AFTER_AT_MOST_SECONDS) * 1000L);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        try (PrintWriter acknowledged = new PrintWriter(Files.newBufferedWriter(out.resolve("acknowledged.tsv")))) {
            for (Account a : accounts) {
                acknowledged.println(a.id + "\t" + a.codesAccepted + "\t" + a.stepAccepted + "\t" + a.accepted);
            }
        }
        try (PrintWriter lines = new PrintWriter(Files.newBufferedWriter(out.resolve("timeline.tsv")))) {
            lines.println("second\t2xx\t4xx\t503\tother_5xx\tunanswered");
            timeline.forEach((second, n) -> lines.println(second + "\t" + n.get(0) + "\t" + n.get(1) + "\t" + n.get(2)
                    + "\t" + n.get(3) + "\t" + n.get(4)));
        }
        long accepted = statuses.getOrDefault(200, 0L);
        long failed = statuses.entrySet().stream()
                .filter(e -> e.getKey() == 0 || e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.printf("RESULT load requests=%d accepted=%d per_second=%.1f failed=%d statuses=%s%n",
                statuses.values().stream().mapToLong(Long::longValue).sum(), accepted, accepted * 1000.0
                        / (System.currentTimeMillis() - start), failed, new TreeMap<>(statuses));
        UNANSWERED.forEach((why, n) -> System.out.println("RESULT unanswered " + n + " x " + why));
        UNAVAILABLE.forEach((why, n) -> System.out.println("RESULT unavailable " + n + " x " + why));
    }

    /**
     * Accounts the loader makes in one request, one transaction: 500 took 19 to 20 s on a Galera cluster of this
     * machine (each statement a round trip, each commit certified), and more than HAProxy's 30 s server timeout once
     * in CI (the test's compliance schedule starts a run every minute beside it); 100 took 2.4 to 8 s.
     */
    private static final int ENROLL_BATCH = 100;

    /** The accounts, enrolled through BASE (the load balancer, or one node) in batches of {@link #ENROLL_BATCH}. */
    private static List<Account> enroll(String base, int count) throws Exception {
        String admin = mint("cluster-loader", "admin");
        String prefix = "cluster-" + Long.toString(System.currentTimeMillis(), 36);
        List<Account> accounts = new ArrayList<>();
        for (int first = 0; first < count; first += ENROLL_BATCH) {
            int batch = Math.min(ENROLL_BATCH, count - first);
            long started = System.nanoTime();
            HttpResponse<String> enrolled = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/dev/benchmark-accounts?prefix=" + prefix
                                    + "&first=" + first + "&count=" + batch))
                            .header("Authorization", "Bearer " + admin)
                            .timeout(Duration.ofMinutes(2))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (enrolled.statusCode() != 200) {
                throw new IllegalStateException("enrolling: " + enrolled.statusCode() + " " + enrolled.body());
            }
            enrolled.body().strip().lines().map(Account::new).forEach(accounts::add);
            System.out.printf("ENROLLED %d accounts in %d ms%n", batch, (System.nanoTime() - started) / 1_000_000);
        }
        return accounts;
    }

    static void lock(String nodeA, String nodeB) throws Exception {
        Account account = enroll(nodeA, 1).get(0);
        long step = System.currentTimeMillis() / 30_000;
        String right = VerificationLoad.code(account.secret, step + 1);
        String wrong = right.equals("000000") ? "000001" : "000000";
        List<Integer> onA = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            onA.add(send(nodeA, account.id, "{\"code\":\"" + wrong + "\"}").status());
        }
        int onB = send(nodeB, account.id, "{\"code\":\"" + right + "\"}").status();
        boolean pass = onA.get(onA.size() - 1) == 429 && onB == 429;
        System.out.println("RESULT lock wrong_codes_on_a=" + onA + " right_code_on_b=" + onB + " holds=" + pass);
        System.exit(pass ? 0 : 1);
    }

    /** Seconds a client waits at most when a 503 asks it to come back later. */
    private static final long RETRY_AFTER_AT_MOST_SECONDS = 10;

    /** An answer's status (0 when none came) and, for a 503, the seconds its {@code Retry-After} asked to wait. */
    private record Answer(int status, long retryAfterSeconds) {}

    /**
     * The answer; status 0 when none came (the node died with the request, or the balancer had no node). A 503's
     * detail is counted, to tell the database out of reach from a transaction undone.
     */
    private static Answer send(String base, String account, String body) {
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts/" + account + "/verifications"))
                            .header("Authorization", "Bearer " + SERVICE)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(15))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 503) {
                return new Answer(answer.statusCode(), 0);
            }
            Matcher detail = DETAIL.matcher(answer.body());
            String page = answer.body().strip();
            UNAVAILABLE.merge(detail.find() ? detail.group(1) : page.substring(0, Math.min(80, page.length())), 1L,
                    Long::sum);
            return new Answer(503, answer.headers().firstValueAsLong("Retry-After").orElse(0));
        } catch (IOException e) {
            UNANSWERED.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
            return new Answer(0, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, 0);
        }
    }

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"");

    private static String mint(String subject, String role) {
        try {
            return TOKENS.mint(subject, List.of(role), null, Duration.ofHours(2));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static DevToken devToken() {
        try {
            return new DevToken(Path.of("config/dev/private-key.pem"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
