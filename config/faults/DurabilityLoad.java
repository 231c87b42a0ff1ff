import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.dev.DevToken;

/**
 * What a kill -9 must not lose. {@code load}: enrolls ACCOUNTS owners (each with ten recovery codes), then CLIENTS
 * threads spend recovery codes through the platform's path (POST /accounts/{id}/verifications), each until a request
 * of its own goes unanswered (the server died), writing every code the server acknowledged (200) to ACKED, one line
 * each, before its next request.
 * {@code check}: offers every acknowledged code again, each of which must now be refused as used (422; a 200 is a
 * lost write), and asks for the audit-trail verification (intact). Prints RESULT lines.
 *
 * <p>javac -d target/faults config/dev/DevToken.java config/bench/VerificationLoad.java
 * config/faults/DurabilityLoad.java (the authenticator app's codes are VerificationLoad's)
 */
public final class DurabilityLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final Pattern CODE = Pattern.compile("\"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([A-Z2-7]+)\"");
    private static final int CODES_OFFERED = 8;

    public static void main(String[] args) throws Exception {
        DevToken tokens = new DevToken(Path.of("config/dev/private-key.pem"));
        String service = tokens.mint("durability-platform", List.of("service"), null, Duration.ofHours(2));
        switch (args[0]) {
            case "load" -> load(tokens, service, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4]));
            case "check" -> check(tokens, service, args[1], Path.of(args[2]));
            default -> throw new IllegalArgumentException("load or check");
        }
    }

    static void load(DevToken tokens, String service, String base, int accounts, int clients, Path acked)
            throws Exception {
        String prefix = "durability-" + Long.toString(System.currentTimeMillis(), 36);
        ConcurrentLinkedQueue<String[]> offers = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<String[]> enrolled = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < accounts; i++) {
            String account = prefix + "-" + i;
            pool.submit(() -> {
                enrolled.addAll(enroll(tokens, base, account));
                return null;
            });
            // one account in ten is enrolled under the load instead, its confirmation one of the writes offered
            if (i % 10 == 0) {
                enrolled.add(new String[] {"enroll", prefix + "-late-" + i, ""});
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        Collections.shuffle(enrolled);
        offers.addAll(enrolled);
        System.out.println("READY codes=" + offers.size());
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        try (BufferedWriter out = Files.newBufferedWriter(acked)) {
            ExecutorService load = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                load.submit(() -> {
                    String[] offer;
                    while ((offer = offers.poll()) != null) {
                        try {
                            String acknowledged = offer(tokens, service, base, offer);
                            if (acknowledged != null) {
                                synchronized (out) {
                                    out.write(acknowledged + "\n");
                                    out.flush();
                                }
                                ok.incrementAndGet();
                            }
                        } catch (Exception unanswered) {
                            failed.incrementAndGet(); // in flight when the server died: this client stops
                            break;
                        }
                    }
                    return null;
                });
            }
            load.shutdown();
            load.awaitTermination(30, TimeUnit.MINUTES);
        }
        System.out.println("RESULT load acknowledged=" + ok.get() + " unanswered=" + failed.get());
    }

    /**
     * Makes one write the load offers; the line to write down when the server acknowledged it, null otherwise:
     * {@code code ACCOUNT CODE} (a recovery code spent), {@code totp ACCOUNT STEP} (an authenticator app's code
     * accepted: its step is now used), {@code enrolled ACCOUNT} (an enrollment confirmed).
     */
    private static String offer(DevToken tokens, String service, String base, String[] offer) throws Exception {
        switch (offer[0]) {
            case "code" -> {
                return verify(service, base, offer[1], "recoveryCode", offer[2]) == 200
                        ? "code " + offer[1] + " " + offer[2]
                        : null;
            }
            case "totp" -> {
                // the step the enrollment was confirmed with is used: the next one, which the window takes early
                long step = Math.max(System.currentTimeMillis() / 30_000, Long.parseLong(offer[3]) + 1);
                return verify(service, base, offer[1], "code", VerificationLoad.code(offer[2], step)) == 200
                        ? "totp " + offer[1] + " " + step
                        : null;
            }
            case "enroll" -> {
                String user = tokens.mint(offer[1], List.of("user"), null, Duration.ofHours(2));
                String secret = secretOf(post(base + "/api/v1/me/authenticator", user, "{}", 201));
                String code = VerificationLoad.code(secret, System.currentTimeMillis() / 30_000);
                return send(base + "/api/v1/me/authenticator/confirm", user, "{\"code\":\"" + code + "\"}")
                                        .statusCode()
                                == 200
                        ? "enrolled " + offer[1]
                        : null;
            }
            default -> throw new IllegalArgumentException(offer[0]);
        }
    }

    /**
     * Recovery codes: offered again, each must be refused as used (422; a 200 is a lost write). Enrollments: each
     * account's authenticator must be ACTIVE with its recovery codes. TOTP steps are checked in the database by the
     * script (offered again after the restart, a step may have left the window and be refused for that alone).
     */
    static void check(DevToken tokens, String service, String base, Path acked) throws Exception {
        long found = 0;
        long lost = 0;
        long other = 0;
        for (String line : Files.readAllLines(acked)) {
            String[] write = line.split(" ");
            int status;
            if (write[0].equals("code")) {
                int again = verify(service, base, write[1], "recoveryCode", write[2]);
                status = again == 422 ? 1 : again == 200 ? 0 : -1;
            } else if (write[0].equals("enrolled")) {
                String user = tokens.mint(write[1], List.of("user"), null, Duration.ofHours(1));
                HttpResponse<String> security = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/me/security"))
                                .header("Authorization", "Bearer " + user)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                status = security.body().contains("\"status\":\"ACTIVE\"")
                                && security.body().contains("\"total\":10")
                        ? 1
                        : 0;
            } else {
                continue;
            }
            if (status == 1) {
                found++;
            } else if (status == 0) {
                lost++;
                System.out.println("LOST " + line);
            } else {
                other++;
            }
        }
        String auditor = tokens.mint("durability-auditor", List.of("auditor"), null, Duration.ofHours(1));
        HttpResponse<String> verification = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/audit-log/verification"))
                        .header("Authorization", "Bearer " + auditor)
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("RESULT check acknowledged=" + (found + lost + other) + " found=" + found + " lost=" + lost
                + " other=" + other + " trail_intact="
                + (verification.statusCode() == 200 && verification.body().contains("\"intact\":true")) + " "
                + verification.body());
    }

    /** Enrolls the account; its recovery codes to spend and one TOTP verification, as offers. */
    private static List<String[]> enroll(DevToken tokens, String base, String account) throws Exception {
        String user = tokens.mint(account, List.of("user"), null, Duration.ofHours(2));
        String secret = secretOf(post(base + "/api/v1/me/authenticator", user, "{}", 201));
        long step = System.currentTimeMillis() / 30_000;
        String confirmed = post(
                base + "/api/v1/me/authenticator/confirm",
                user,
                "{\"code\":\"" + VerificationLoad.code(secret, step) + "\"}",
                200);
        List<String[]> offers = new ArrayList<>();
        Matcher code = CODE.matcher(confirmed);
        while (code.find() && offers.size() < CODES_OFFERED) {
            offers.add(new String[] {"code", account, code.group(1)});
        }
        offers.add(new String[] {"totp", account, secret, String.valueOf(step)});
        return offers;
    }

    private static String secretOf(String enrollment) {
        Matcher secret = SECRET.matcher(enrollment);
        if (!secret.find()) {
            throw new IllegalStateException("no secret in " + enrollment);
        }
        return secret.group(1);
    }

    private static int verify(String service, String base, String account, String field, String code)
            throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/accounts/" + account + "/verifications"))
                                .header("Authorization", "Bearer " + service)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"" + field + "\":\"" + code + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpResponse<String> send(String url, String token, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String post(String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> answer = send(url, token, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
