package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source or migration of the modules takes a table lock or a named lock ({@code LOCK TABLES}, {@code GET_LOCK}):
 * MariaDB Galera replicates neither, so on a cluster such a lock would hold on one node only.
 */
class GaleraSourceRulesTest {

    private static final Pattern LOCKS = Pattern.compile("(?i)\\bLOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(");

    @Test
    void theRuleFindsWhatItLooksFor() {
        assertTrue(LOCKS.matcher("lock tables account write").find());
        assertTrue(LOCKS.matcher("SELECT GET_LOCK('x', 10)").find());
        assertTrue(!LOCKS.matcher("SELECT ... FOR UPDATE SKIP LOCKED").find());
    }

    @Test
    void noSourceTakesATableOrNamedLock() throws IOException {
        List<String> read = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        for (String module : List.of("ejb-module", "web-module", "batch-module")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main"))) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f ->
                                f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .toList()) {
                    read.add(file.toString());
                    if (LOCKS.matcher(Files.readString(file)).find()) {
                        offending.add(file.toString());
                    }
                }
            }
        }
        assertTrue(read.size() > 100, "the modules' sources were found: " + read.size());
        assertTrue(read.stream().anyMatch(f -> f.endsWith(".sql")), "and their migrations");
        assertEquals(List.of(), offending, "LOCK TABLES and GET_LOCK are not replicated by Galera");
    }
}
