import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.dev.DevToken;

/**
 * A seeded fuzzer of the whole API: reads the operations from the served OpenAPI document, then sends REQUESTS
 * requests from CLIENTS threads, each to an operation drawn at random, with a token of a random role (or none, or a
 * forged one), path parameters real (ids seen in earlier answers) or hostile, junk query parameters, valid and
 * malformed Accept and Content-Type headers, and bodies from well-shaped JSON to deep nesting, wrong types, huge
 * strings, broken JSON, binary and malformed multipart; one request in ten uses a method the path does not have.
 * Counts the answers by status; an answer is a failure when it is a 5xx (but a 503 {@code unavailable} problem with
 * {@code Retry-After}, the contract's "send it again", which is counted apart), when an error answer under /api/v1 is not
 * application/problem+json, or when a body shows a stack trace or a class name. Prints RESULT lines and up to 20
 * samples of each kind of failure; exits with 1 when there is any.
 *
 * <p>javac -d target/faults config/dev/DevToken.java config/faults/Fuzz.java;
 * java -cp target/faults Fuzz BASE REQUESTS CLIENTS SEED
 */
public final class Fuzz {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern ID = Pattern.compile(
            "\"(?:id|caseId|runId|evidenceId|enrollmentId|accountId|claimId)\":\"([^\"]{1,128})\"");
    private static final Pattern LEAK =
            Pattern.compile("(Exception|\\bat [a-z]+\\.[a-z]+\\.|\\borg\\.(jboss|hibernate|lifeline)|\\bjava\\.[a-z]+\\.)");
    private static final String[] ROLES = {"user", "support", "auditor", "admin", "service"};
    private static final String[] ACCEPTS = {
        "application/json", "*/*", "application/problem+json", "text/csv", "image/png", "application/x-ndjson",
        "text/plain", "*/*;q=abc", "application/json;q=2", "/", "text/", ";;", "application/xml", "",
    };
    private static final String[] CONTENT_TYPES = {
        "application/json", "application/json; charset=UTF-8", "text/plain", "application/xml",
        "multipart/form-data; boundary=fuzz", "multipart/form-data", "application/json;charset", "/json",
        "application/", "application/x-www-form-urlencoded", "", "a/b;c=\"d",
    };
    private static final String[] FIELDS = {
        "code", "recoveryCode", "reason", "description", "contactEmail", "kind", "email", "riskTier", "since",
        "offsetSeconds", "decision", "note", "token", "label", "reference", "amount", "asset", "occurredOn",
        "acceptedThrough", "action",
    };
    private static final String[] WORDS = {
        "LOST_DEVICE", "STOLEN_DEVICE", "OTHER", "HIGH", "STANDARD", "APPROVE", "REJECT", "SELFIE", "ID_DOCUMENT",
        "123456", "000000", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", "me@example.org", "2026-12-07T00:00:00Z",
        "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "", " ", "null",
        "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "\uD83D\uDE00", "ÿÿÿ",
        "abandon ability able about above absent absorb abstract absurd abuse access accident",
    };

    record Operation(String method, String path) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        List<Operation> operations = operations(base);
        DevToken tokens = new DevToken(Path.of("config/dev/private-key.pem"));
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            subjects.add("fuzz-" + Long.toString(seed, 36) + "-" + i);
        }
        Map<String, String> tokenCache = new ConcurrentHashMap<>();
        List<String> seenIds = new CopyOnWriteArrayList<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, List<String>> failures = new ConcurrentHashMap<>();
        AtomicLong sent = new AtomicLong();
        System.out.println("RESULT operations=" + operations.size());

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 31 + c);
            pool.submit(() -> {
                while (sent.get() < requests) {
                    Operation operation = operations.get(random.nextInt(operations.size()));
                    String method = random.nextInt(10) == 0
                            ? pick(random, new String[] {"TRACE", "PATCH", "OPTIONS", "HEAD", "DELETE", "PUT", "POST"})
                            : operation.method();
                    String path = fill(random, operation.path(), seenIds) + query(random);
                    HttpRequest.Builder request;
                    try {
                        request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
                    } catch (IllegalArgumentException unsendable) {
                        continue; // a path the client library itself refuses to send
                    }
                    String token = token(random, tokens, subjects, tokenCache);
                    if (token != null) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    String accept = pick(random, ACCEPTS);
                    if (!accept.isEmpty()) {
                        request.header("Accept", accept);
                    }
                    byte[] body = body(random);
                    String type = pick(random, CONTENT_TYPES);
                    if (body != null && !type.isEmpty()) {
                        request.header("Content-Type", type);
                    }
                    if (sent.incrementAndGet() > requests) {
                        return null;
                    }
                    request.method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
                    try {
                        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                        judge(method, path, answer, statuses, failures, seenIds);
                    } catch (IllegalArgumentException | java.io.IOException e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                        note(failures, "no answer", method + " " + path + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);

        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int retryLater = counts.getOrDefault(-503, 0);
        counts.remove(-503);
        total -= retryLater;
        long serverErrors = counts.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.println("RESULT requests=" + total + " statuses=" + counts + " 5xx=" + serverErrors
                + " of_which_503_unavailable_with_retry_after=" + retryLater);
        Map<String, Integer> failureCounts = new TreeMap<>();
        failures.forEach((kind, samples) -> failureCounts.put(kind, samples.size()));
        System.out.println("RESULT failures=" + failureCounts);
        failures.forEach((kind, samples) -> {
            Map<String, Integer> byMethodAndStatus = new TreeMap<>();
            for (String sample : samples) {
                String[] words = sample.split(" ");
                int arrow = List.of(words).indexOf("->");
                byMethodAndStatus.merge(words[0] + " " + (arrow > 0 ? words[arrow + 1] : "?"), 1, Integer::sum);
            }
            System.out.println("RESULT failure=\"" + kind + "\" by_method_and_status=" + byMethodAndStatus);
            samples.stream().limit(20).forEach(sample -> System.out.println("SAMPLE " + kind + ": " + sample));
        });
        boolean failed = failures.keySet().stream().anyMatch(kind -> !kind.equals("no answer"))
                || counts.getOrDefault(-1, 0) > total / 100;
        System.out.println(failed ? "VERDICT fail" : "VERDICT pass");
        System.exit(failed ? 1 : 0);
    }

    private static void judge(
            String method,
            String path,
            HttpResponse<String> answer,
            Map<Integer, AtomicInteger> statuses,
            Map<String, List<String>> failures,
            List<String> seenIds) {
        int status = answer.statusCode();
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        String body = answer.body() == null ? "" : answer.body();
        String sample = method + " " + path + " -> " + status + " " + body.substring(0, Math.min(200, body.length()));
        if (status == 503
                && answer.headers().firstValue("Retry-After").isPresent()
                && body.contains("\"code\":\"unavailable\"")) {
            // the contract's "try again": a deadlock rolled back, an upload slot taken; counted, not a failure
            statuses.computeIfAbsent(-503, s -> new AtomicInteger()).incrementAndGet();
        } else if (status >= 500) {
            note(failures, "5xx", sample);
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 400 && path.startsWith("/api/v1") && !method.equals("HEAD")
                && !type.startsWith("application/problem+json")) {
            note(failures, "error not problem+json", sample + " [" + type + "]");
        }
        if (LEAK.matcher(body).find() && !type.startsWith("image/")) {
            note(failures, "internals in the body", sample);
        }
        if (status < 300 && seenIds.size() < 500) {
            Matcher id = ID.matcher(body);
            while (id.find()) {
                seenIds.add(id.group(1));
            }
        }
    }

    private static void note(Map<String, List<String>> failures, String kind, String sample) {
        failures.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(sample);
    }

    private static String token(
            Random random, DevToken tokens, List<String> subjects, Map<String, String> cache) {
        int draw = random.nextInt(20);
        if (draw == 0) {
            return null;
        }
        if (draw == 1) {
            return "not.a.token";
        }
        if (draw == 2) {
            return "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
        }
        String subject = pick(random, subjects.toArray(String[]::new));
        String role = pick(random, ROLES);
        return cache.computeIfAbsent(subject + " " + role, key -> {
            try {
                return tokens.mint(subject, List.of(role), subject + "@example.org", Duration.ofHours(2));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The path with each {parameter} replaced: a real id seen before, a fresh one, or something hostile. */
    private static String fill(Random random, String template, List<String> seenIds) {
        Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value;
            int draw = random.nextInt(10);
            if (draw < 4 && !seenIds.isEmpty()) {
                value = seenIds.get(random.nextInt(seenIds.size()));
            } else if (draw < 6) {
                value = UUID.randomUUID().toString();
            } else {
                value = pick(random, new String[] {
                    "x", "..", "%2e%2e%2f", "%00", "a".repeat(300), "ÿ", "-1", "0", "fuzz-" + random.nextInt(8),
                    "%20", "null", "🙂", "a%2Fb", "%ZZ"
                });
            }
            String encoded = value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
            parameter.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private static String query(Random random) {
        if (random.nextInt(4) != 0) {
            return "";
        }
        String[] parameters = {
            "page=-1", "page=abc", "size=100000", "size=0", "since=abc", "since=-999999999-01-01T00:00:00Z",
            "until=2026-13-45", "type=NOPE", "severity=%00", "accountId=" + "a".repeat(200), "format=JSON",
            "enrollmentId=x", "page=2147483648", "size=-5", "since=2026-12-07T00:00:00Z",
        };
        return "?" + pick(random, parameters) + (random.nextBoolean() ? "&" + pick(random, parameters) : "");
    }

    /** A body, or null for none. */
    private static byte[] body(Random random) {
        int draw = random.nextInt(16);
        String text;
        switch (draw) {
            case 0 -> {
                return null;
            }
            case 1 -> text = "";
            case 2 -> text = "{".repeat(random.nextInt(5000) + 1);
            case 3 -> text = "[".repeat(5000) + "]".repeat(5000);
            case 4 -> text = "{\"code\":\"" + "9".repeat(random.nextInt(100_000)) + "\"}";
            case 5 -> text = "{\"a\":1}}";
            case 6 -> {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 7 -> text = "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + "a".repeat(random.nextInt(3000)) + "\"\r\n\r\n%PDF-1.4\n" + "x".repeat(random.nextInt(100))
                    + "\r\n--fuzz\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + pick(random, WORDS)
                    + "\r\n--fuzz--\r\n";
            case 8 -> text = "--fuzz\r\nContent-Type: text/plain\r\n\r\nabc\r\n--fuzz--";
            case 9 -> text = pick(random, new String[] {"[]", "null", "42", "\"x\"", "true", "[{}]", "{}"});
            default -> text = object(random, 0);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String object(Random random, int depth) {
        Map<String, String> fields = new LinkedHashMap<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            fields.put(random.nextInt(8) == 0 ? "x" + random.nextInt(3) : pick(random, FIELDS), value(random, depth));
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(name).append("\":").append(value);
        });
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 9)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> pick(random, new String[] {"0", "-1", "1e309", "9223372036854775808", "1.5", "-0", "31536001"});
            case 3, 4, 5 -> quoted(pick(random, WORDS) + (random.nextInt(10) == 0 ? "x".repeat(70_000) : ""));
            case 6 -> "[" + value(random, depth + 1) + "]";
            default -> object(random, depth + 1);
        };
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The (method, path) pairs of the served OpenAPI document, read with a pattern: paths and their methods. */
    private static List<Operation> operations(String base) throws Exception {
        String document = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/openapi"))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<Operation> operations = new ArrayList<>();
        String paths = document.substring(document.indexOf("\"paths\""));
        Matcher path = Pattern.compile("\"(/[^\"]*)\"\\s*:\\s*\\{").matcher(paths);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (path.find()) {
            starts.add(new int[] {path.start(), path.end()});
            names.add(path.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : paths.length();
            String block = paths.substring(starts.get(i)[1], end);
            Matcher method = Pattern.compile("\"(get|post|put|delete|patch)\"\\s*:").matcher(block);
            while (method.find()) {
                String prefix = names.get(i).startsWith("/api/") ? "" : "/api/v1";
                operations.add(new Operation(method.group(1).toUpperCase(), prefix + names.get(i)));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("no operations in " + base + "/openapi");
        }
        return operations;
    }
}
