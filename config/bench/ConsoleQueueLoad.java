import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lifeline.dev.DevToken;

/**
 * How long the console's case queue takes to appear in a real browser, and what the browser downloads for it. Drives
 * Debian's headless Chromium through chromedriver's W3C WebDriver HTTP interface (no client library): signs in a
 * support agent with a development token, then ROUNDS times empties the browser's cache, loads {@code /console/#queue}
 * and waits until the queue's table has its rows. Prints, per round, the milliseconds from the navigation's start to
 * the rendered rows and the time of the API call itself, then p50 and the slowest, the cases the queue counts, and
 * every file of the last cold load with its bytes on the wire and decoded. Against a running server that accepts the
 * development tokens; the queue shows SUBMITTED cases (generate-dataset.sh makes 1,000 with 100,000 accounts).
 *
 * <p>javac -d target/bench config/dev/DevToken.java config/bench/ConsoleQueueLoad.java
 * <br>java -cp target/bench ConsoleQueueLoad [BASE] [ROUNDS]      (http://localhost:8080 20)
 */
public final class ConsoleQueueLoad {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String WAIT_FOR_QUEUE = """
            const done = arguments[arguments.length - 1];
            const started = Date.now();
            (function poll() {
              const rows = document.querySelectorAll('#queue tbody tr');
              if (rows.length > 0 || Date.now() - started > 30000) {
                const navigation = performance.getEntriesByType('navigation')[0];
                const files = [navigation, ...performance.getEntriesByType('resource')];
                done(JSON.stringify({
                  ready: Math.round(performance.now()),
                  rows: rows.length,
                  summary: (document.querySelector('#queue p') || {}).textContent || '',
                  api: Math.round(performance.getEntriesByType('resource')
                    .filter(e => e.name.includes('/api/v1/recovery-cases')).map(e => e.duration)[0] || -1),
                  files: files.map(e => [new URL(e.name).pathname, e.transferSize, e.decodedBodySize])
                }));
              } else {
                setTimeout(poll, 5);
              }
            })();
            """;

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String token = new DevToken(Path.of("config/dev/private-key.pem"))
                .mint("console-queue-load", List.of("support"), null, Duration.ofHours(1));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process driver = new ProcessBuilder(
                        System.getProperty("chromedriver", "/usr/bin/chromedriver"), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String webDriver = "http://127.0.0.1:" + port;
        try {
            awaitDriver(webDriver);
            String session = field(post(webDriver + "/session", """
                    {"capabilities":{"alwaysMatch":{"browserName":"chrome","goog:chromeOptions":{
                     "binary":"%s","args":["--headless=new","--no-sandbox","--disable-gpu","--disable-dev-shm-usage",
                     "--no-first-run","--disable-background-networking","--window-size=1280,900"]}}}}"""
                    .formatted(System.getProperty("chromium", "/usr/bin/chromium"))), "sessionId");
            String s = webDriver + "/session/" + session;
            try {
                post(s + "/url", "{\"url\":\"" + base + "/console/\"}");
                post(s + "/execute/sync", "{\"script\":\"sessionStorage.setItem('lifeline.console.token', arguments[0])\","
                        + "\"args\":[\"" + token + "\"]}");
                post(s + "/timeouts", "{\"script\":60000}");
                List<Long> ready = new ArrayList<>();
                String last = null;
                for (int round = 0; round < rounds; round++) {
                    post(s + "/goog/cdp/execute", "{\"cmd\":\"Network.clearBrowserCache\",\"params\":{}}");
                    post(s + "/url", "{\"url\":\"" + base + "/console/?round=" + round + "#queue\"}");
                    String result = field(post(s + "/execute/async", "{\"script\":" + quote(WAIT_FOR_QUEUE)
                            + ",\"args\":[]}"), "value");
                    long ms = Long.parseLong(number(result, "ready"));
                    System.out.println("ROUND " + round + " queue_rendered_ms=" + ms + " api_ms=" + number(result, "api")
                            + " rows=" + number(result, "rows"));
                    ready.add(ms);
                    last = result;
                }
                Collections.sort(ready);
                System.out.println("RESULT rounds=" + rounds + " p50_ms=" + ready.get(ready.size() / 2) + " max_ms="
                        + ready.get(ready.size() - 1) + " queue=\"" + text(last, "summary") + "\"");
                long wire = 0;
                long decoded = 0;
                Matcher file = Pattern.compile("\\[\\\\\"([^\\\\]*)\\\\\",(\\d+),(\\d+)\\]").matcher(last);
                while (file.find()) {
                    System.out.println("FILE " + file.group(1) + " wire_bytes=" + file.group(2) + " decoded_bytes="
                            + file.group(3));
                    wire += Long.parseLong(file.group(2));
                    decoded += Long.parseLong(file.group(3));
                }
                System.out.println("RESULT download wire_bytes=" + wire + " decoded_bytes=" + decoded);
            } finally {
                HTTP.send(HttpRequest.newBuilder(URI.create(s)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        } finally {
            driver.destroy();
        }
    }

    private static void awaitDriver(String webDriver) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(webDriver + "/status")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static String post(String url, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A string field of a WebDriver answer ({"value":{"sessionId":...}} or {"value":"..."}), unescaped once. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String number(String escapedJson, String name) {
        Matcher m = Pattern.compile("\\\\\"" + name + "\\\\\":(-?\\d+)").matcher(escapedJson);
        return m.find() ? m.group(1) : "?";
    }

    private static String text(String escapedJson, String name) {
        Matcher m = Pattern.compile("\\\\\"" + name + "\\\\\":\\\\\"([^\\\\]*)\\\\\"").matcher(escapedJson);
        return m.find() ? m.group(1) : "?";
    }

    private static String quote(String script) {
        return "\"" + script.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
