package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stock-server script carries every operation of the scripts Lifeline's own servers are packaged with, so that
 * a change to one reaches operators of a stock WildFly too.
 */
class StockWildFlyScriptTest {

    private static final Path CLI = StockWildFly.SCRIPT.getParent();

    @Test
    void holdsEveryLineOfTheDatasourceAndServerScripts() throws Exception {
        List<String> stock = StockWildFly.operations(StockWildFly.SCRIPT);
        for (String script : List.of("datasource-mariadb.cli", "lifeline.cli")) {
            List<String> missing = StockWildFly.operations(CLI.resolve(script)).stream()
                    .filter(line -> !stock.contains(line))
                    .toList();
            assertEquals(List.of(), missing, "lines of " + script + " not in stock-wildfly.cli");
        }
    }
}
