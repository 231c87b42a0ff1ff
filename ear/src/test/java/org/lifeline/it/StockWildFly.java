package org.lifeline.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A stock WildFly 39, as an operator who already runs one has it: the distribution the build unpacked, copied into a
 * fresh folder, prepared only by the documented {@code config/cli/stock-wildfly.cli}, with {@code lifeline.ear}
 * dropped into its deployments folder. None of Lifeline's own packaging scripts touch it.
 */
final class StockWildFly {

    static final Path DISTRIBUTION =
            Path.of(System.getProperty("lifeline.stock.wildfly", "target/stock-wildfly/wildfly-39.0.1.Final"));
    static final Path SCRIPT = Path.of(System.getProperty("lifeline.stock.script", "../config/cli/stock-wildfly.cli"));
    static final Path DRIVER =
            Path.of(System.getProperty("lifeline.stock.driver", "target/stock-driver/mariadb-java-client.jar"));
    static final Path EAR = Path.of(System.getProperty("lifeline.ear", "target/lifeline.ear"));

    private StockWildFly() {}

    /** Copies the distribution into a fresh {@code folder}, runs the script there, deploys the EAR; returns it. */
    static Path prepare(Path folder) throws IOException, InterruptedException {
        ProductionServer.delete(folder);
        copy(DISTRIBUTION, folder);
        ProcessBuilder cli = new ProcessBuilder(
                        folder.resolve("bin/jboss-cli.sh").toString(),
                        "-Dlifeline.mariadb.driver=" + DRIVER.toAbsolutePath(),
                        "--file=" + SCRIPT.toAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("stock-wildfly-cli.log").toFile());
        cli.environment().clear();
        cli.environment().putAll(ProductionServer.baseEnvironment());
        Process process = cli.start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(
                    "stock-wildfly.cli failed: " + Files.readString(folder.resolve("stock-wildfly-cli.log")));
        }
        Files.copy(EAR, folder.resolve("standalone/deployments/lifeline.ear"));
        return folder;
    }

    /** Every operation line of {@code script}, with continuation lines joined, comments and blank lines left out. */
    static List<String> operations(Path script) throws IOException {
        String joined = Files.readString(script).replaceAll("\\\\\\n\\s*", "");
        return joined.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
