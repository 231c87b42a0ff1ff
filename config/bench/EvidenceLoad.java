import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.dev.DevToken;

/**
 * Evidence under load: CLIENTS owners each open a case and upload one file of SIZE bytes, all released together by
 * one latch; then support downloads every file, CLIENTS at a time, ROUNDS times. Prints a PHASE line as each phase
 * starts and ends (evidence-heap.sh samples the server's heap between them) and a RESULT line per phase.
 *
 * <p>javac -d target/bench config/dev/DevToken.java config/bench/EvidenceLoad.java;
 * java -cp target/bench EvidenceLoad BASE CLIENTS SIZE ROUNDS
 */
public final class EvidenceLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern ID = Pattern.compile("\"(?:id|evidenceId)\":\"([^\"]+)\"");

    record Upload(String caseId, String evidenceId) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        DevToken tokens = new DevToken(java.nio.file.Path.of("config/dev/private-key.pem"));
        String prefix = "evidence-load-" + Long.toString(System.currentTimeMillis(), 36);
        List<String> users = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String user = tokens.mint(prefix + "-" + i, List.of("user"), null, Duration.ofHours(1));
            users.add(user);
            String opened = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/recovery-cases"))
                            .header("Authorization", "Bearer " + user)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"reason\":\"LOST_DEVICE\",\"description\":\"load\",\"contactEmail\":\"l@example.org\"}"))
                            .build(),
                    201);
            cases.add(id(opened));
        }
        byte[] body = png(size);
        AtomicInteger busy = new AtomicInteger();

        System.out.println("PHASE upload start");
        long start = System.nanoTime();
        List<String> evidence = together(clients, i -> {
            String boundary = "load-" + UUID.randomUUID();
            byte[] multipart = multipart(boundary, body);
            HttpRequest upload = HttpRequest.newBuilder(
                            URI.create(base + "/api/v1/me/recovery-cases/" + cases.get(i) + "/evidence"))
                    .header("Authorization", "Bearer " + users.get(i))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart))
                    .build();
            // a node takes lifeline.evidence.concurrent-uploads at a time: a busy answer is tried again, as told
            HttpResponse<String> added = HTTP.send(upload, HttpResponse.BodyHandlers.ofString());
            while (added.statusCode() == 503) {
                busy.incrementAndGet();
                Thread.sleep(1000L * Long.parseLong(added.headers().firstValue("Retry-After").orElse("1")));
                added = HTTP.send(upload, HttpResponse.BodyHandlers.ofString());
            }
            if (added.statusCode() != 201) {
                throw new IllegalStateException("upload answered " + added.statusCode() + ": " + added.body());
            }
            return id(added.body());
        });
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.println("PHASE upload end");
        System.out.printf(
                "RESULT upload clients=%d size=%d seconds=%.2f MBps=%.1f busy_answers=%d%n",
                clients, size, uploadSeconds, clients * (double) size / uploadSeconds / 1e6, busy.get());

        String support = tokens.mint("evidence-load-agent", List.of("support"), null, Duration.ofHours(1));
        System.out.println("PHASE download start");
        start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            together(clients, i -> {
                HttpResponse<byte[]> file = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/recovery-cases/" + cases.get(i)
                                        + "/evidence/" + evidence.get(i)))
                                .header("Authorization", "Bearer " + support)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (file.statusCode() != 200 || file.body().length != size) {
                    throw new IllegalStateException("download answered " + file.statusCode() + ", "
                            + file.body().length + " bytes");
                }
                return "";
            });
        }
        double downloadSeconds = (System.nanoTime() - start) / 1e9;
        System.out.println("PHASE download end");
        System.out.printf(
                "RESULT download clients=%d size=%d rounds=%d seconds=%.2f MBps=%.1f%n",
                clients, size, rounds, downloadSeconds, rounds * clients * (double) size / downloadSeconds / 1e6);
    }

    interface Call {
        String run(int index) throws Exception;
    }

    /** Runs {@code clients} calls released together by one latch; their answers in order. */
    private static List<String> together(int clients, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return call.run(index);
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A PNG signature and header, then random bytes: judged a PNG by its first bytes, as evidence is. */
    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 512);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSELFIE\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"me.png\"\r\n"
                        + "Content-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String id(String json) {
        Matcher found = ID.matcher(json);
        if (!found.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return found.group(1);
    }
}
