import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.lifeline.dev.DevToken;

/**
 * What slow and idle clients do to everyone else. {@code BASE SLOW IDLE SECONDS HONEST}: first HONEST threads read
 * their owner's security status for SECONDS with nothing else going on (the baseline); then SLOW connections start a
 * {@code POST /api/v1/recovery-cases/cancel} with no token and {@code Content-Length: 5000} (half of them) or a
 * {@code GET} whose headers never end (the other half) and send a byte a second, IDLE connections open and say
 * nothing, and after 3 s the same honest threads run for SECONDS again. Prints a RESULT line per phase (requests,
 * non-200 answers, p50, p99 and the slowest, in milliseconds) and one for the attackers (how many of each kind are
 * still open at the end, how many were answered), then a VERDICT: fail when
 * an honest request was refused or unanswered, or the p99 under attack passed both 100 ms and one and a half times
 * the baseline's p99 plus 20 ms. The bar is relative because what is measured is what the attackers cost the honest
 * clients, not the speed of the machine: on a busy two-core machine the baseline's own p99 has passed 100 ms.
 *
 * <p>javac -d target/faults config/dev/DevToken.java config/faults/SlowClients.java
 */
public final class SlowClients {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int slow = Integer.parseInt(args[1]);
        int idle = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int honest = Integer.parseInt(args[4]);
        DevToken tokens = new DevToken(Path.of("config/dev/private-key.pem"));
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < honest; i++) {
            String owner = tokens.mint("slow-clients-" + System.nanoTime() + "-" + i, List.of("user"), null,
                    Duration.ofHours(1));
            owners.add(owner);
            get(base, owner); // the account exists before anything is timed
        }
        Phase baseline = honestLoad(base, owners, seconds);
        baseline.print("baseline");

        List<Socket> slowSockets = new ArrayList<>();
        List<Socket> idleSockets = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            Socket socket = connect(base);
            // half send their body slowly, half their headers (each trickled byte then extends a header's value)
            socket.getOutputStream().write((i % 2 == 0
                            ? "POST /api/v1/recovery-cases/cancel HTTP/1.1\r\nHost: " + base.getHost()
                                    + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"
                            : "GET /api/v1/me/security HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Slow: a")
                    .getBytes(StandardCharsets.US_ASCII));
            slowSockets.add(socket);
        }
        for (int i = 0; i < idle; i++) {
            idleSockets.add(connect(base));
        }
        var trickler = Executors.newSingleThreadScheduledExecutor();
        List<Socket> trickling = Collections.synchronizedList(new ArrayList<>(slowSockets));
        trickler.scheduleAtFixedRate(() -> {
            synchronized (trickling) {
                trickling.removeIf(socket -> {
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write(' ');
                        out.flush();
                        return false;
                    } catch (IOException closedByTheServer) {
                        return true;
                    }
                });
            }
        }, 1, 1, TimeUnit.SECONDS);
        Thread.sleep(3_000);
        Phase attacked = honestLoad(base, owners, seconds);
        attacked.print("under_attack");
        trickler.shutdownNow();
        long answered = 0;
        for (Socket socket : slowSockets) {
            socket.setSoTimeout(1);
            try {
                InputStream in = socket.getInputStream();
                if (in.read() >= 0) {
                    answered++;
                }
            } catch (IOException noAnswer) {
                // still waiting for its body, or closed
            }
        }
        long idleOpen = idleSockets.stream().filter(s -> !closedByPeer(s)).count();
        long bodiesOpen = 0;
        long headersOpen = 0;
        for (int i = 0; i < slowSockets.size(); i++) {
            if (trickling.contains(slowSockets.get(i)) && !closedByPeer(slowSockets.get(i))) {
                if (i % 2 == 0) {
                    bodiesOpen++;
                } else {
                    headersOpen++;
                }
            }
        }
        System.out.println("RESULT attackers slow_bodies=" + (slow + 1) / 2 + " still_open=" + bodiesOpen
                + " slow_headers=" + slow / 2 + " still_open=" + headersOpen + " answered=" + answered + " idle="
                + idle + " still_open=" + idleOpen);
        for (Socket socket : slowSockets) {
            socket.close();
        }
        for (Socket socket : idleSockets) {
            socket.close();
        }
        long allowedP99 = Math.max(100, baseline.percentile(99) * 3 / 2 + 20);
        System.out.println("RESULT allowed_p99_ms=" + allowedP99);
        boolean pass = attacked.failures == 0 && attacked.percentile(99) <= allowedP99;
        System.out.println("VERDICT " + (pass ? "pass" : "fail"));
        System.exit(pass ? 0 : 1);
    }

    private static Socket connect(URI base) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        return socket;
    }

    private static boolean closedByPeer(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Each owner's thread reads its security status in a closed loop for SECONDS. */
    private static Phase honestLoad(URI base, List<String> owners, int seconds) throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long end = System.currentTimeMillis() + seconds * 1_000L;
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        for (String owner : owners) {
            pool.submit(() -> {
                while (System.currentTimeMillis() < end) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = get(base, owner);
                    } catch (Exception e) {
                        status = 0;
                    }
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Phase(sorted, failures.get());
    }

    private static int get(URI base, String token) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/me/security"))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private record Phase(List<Long> sorted, long failures) {
        long percentile(int p) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }

        void print(String name) {
            System.out.println("RESULT " + name + " requests=" + sorted.size() + " failures=" + failures + " p50_ms="
                    + percentile(50) + " p99_ms=" + percentile(99) + " max_ms="
                    + (sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)));
        }
    }
}
