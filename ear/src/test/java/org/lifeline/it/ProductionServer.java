package org.lifeline.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The production server as an operator gets it: the archive the build made (target/lifeline-server.tar.gz),
 * unpacked into a fresh folder and started with {@code bin/standalone.sh}, a given environment and nothing else, on
 * its own ports (offset 300) and its own database, beside the test server.
 */
final class ProductionServer implements AutoCloseable {

    static final int PORT_OFFSET = 300;
    static final Path BUILT = Path.of(System.getProperty("lifeline.production.server", "target/production-server"));
    static final Path ARCHIVE = BUILT.resolveSibling("lifeline-server.tar.gz");

    private final Path home;
    private final Process process;
    private final int portOffset;

    private ProductionServer(Path home, Process process, int portOffset) {
        this.home = home;
        this.process = process;
        this.portOffset = portOffset;
    }

    /** Unpacks the archive into a fresh folder named {@code name} and starts it with exactly {@code environment}. */
    static ProductionServer start(String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        return startIn(BUILT.resolveSibling("production-it").resolve(name), environment, PORT_OFFSET);
    }

    /** Unpacks the archive into {@code folder} (emptied first) and starts it there on ports moved by {@code offset}. */
    static ProductionServer startIn(Path folder, Map<String, String> environment, int offset)
            throws IOException, InterruptedException {
        delete(folder);
        Files.createDirectories(folder);
        Process tar = new ProcessBuilder("tar", "-xzf", ARCHIVE.toAbsolutePath().toString(), "-C", folder.toString())
                .inheritIO()
                .start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("could not unpack " + ARCHIVE);
        }
        return launch(folder.resolve("lifeline-server"), environment, offset);
    }

    /**
     * Starts the server in {@code home} with {@code bin/standalone.sh}, exactly {@code environment} (besides PATH,
     * JAVA_HOME and a heap size) and every port moved by {@code portOffset}.
     */
    static ProductionServer launch(Path home, Map<String, String> environment, int portOffset) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.putAll(baseEnvironment());
        env.putAll(environment);
        return new ProductionServer(home, builder.start(), portOffset);
    }

    /** What any process started here needs from the environment: a PATH, the JDK, a heap size. */
    static Map<String, String> baseEnvironment() {
        return Map.of(
                "PATH",
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "JAVA_HOME",
                System.getProperty("java.home"),
                "JAVA_OPTS",
                "-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true");
    }

    /** The database settings of the production server's own test database, as MARIADB_* variables. */
    static Map<String, String> database() {
        Map<String, String> env = new HashMap<>();
        env.put("MARIADB_HOST", System.getProperty("lifeline.test.db.host", "127.0.0.1"));
        env.put("MARIADB_PORT", System.getProperty("lifeline.test.db.port", "3306"));
        env.put("MARIADB_DATABASE", System.getProperty("lifeline.test.production.db.name", "lifeline_production_test"));
        env.put("MARIADB_USER", System.getProperty("lifeline.test.db.user"));
        env.put("MARIADB_PASSWORD", System.getProperty("lifeline.test.db.password"));
        return env;
    }

    /** Waits until the deployment scanner marks the EAR deployed (true) or failed (false). */
    boolean awaitDeployment(Duration timeout) throws InterruptedException {
        Path deployments = home.resolve("standalone/deployments");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve("lifeline.ear.deployed"))) {
                return true;
            }
            if (Files.exists(deployments.resolve("lifeline.ear.failed"))) {
                return false;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited: " + log());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no deployment outcome within " + timeout + ": " + log());
    }

    /** The API port. */
    Api api() {
        return Api.onLocalPort(8080 + portOffset);
    }

    /** The base URL of the API port, for clients that take one. */
    URL url() {
        return Api.local(8080 + portOffset);
    }

    /** The management port: health and metrics. */
    Api management() {
        return Api.onLocalPort(9990 + portOffset);
    }

    /** The server's log file (standalone/log/server.log). */
    String log() {
        try {
            Path log = home.resolve("standalone/log/server.log");
            return Files.exists(log) ? Files.readString(log) : "(no server.log yet)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends SIGTERM to the server's JVM, as an orchestrator stopping it does, and returns at once. */
    void signalStop() {
        process.descendants().forEach(ProcessHandle::destroy);
    }

    boolean isRunning() {
        return process.isAlive();
    }

    /** Waits for the server to exit by itself; false when it is still running after {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the server as an operator's SIGTERM does, and waits for it: for the JVM too, which may outlive the script
     * that started it. A server still running after a minute is killed, so that it never holds the ports of the next.
     */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        started.add(process.toHandle());
        started.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (ProcessHandle each : started) {
            if (!exited(each, Math.max(0, deadline - System.nanoTime()))) {
                each.destroyForcibly();
                exited(each, TimeUnit.SECONDS.toNanos(10));
            }
        }
    }

    private static boolean exited(ProcessHandle process, long nanos) throws InterruptedException {
        try {
            process.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
