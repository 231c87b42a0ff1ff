package org.lifeline.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the migrations under {@code db/migration}. The same scripts serve MariaDB and H2; the one difference,
 * how a column is made case-sensitive, is the {@code caseSensitive} placeholder.
 */
public final class SchemaMigrations {

    /** Flyway's history table, named for the application so it never meets another tool's. */
    public static final String HISTORY_TABLE = "lifeline_schema_history";

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private SchemaMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                // The schema is never empty: the batch repository and the timer store create their tables first.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(Map.of("caseSensitive", caseSensitiveColumn(dataSource)))
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }

    /** Account ids and hashes compare byte for byte: {@code Alice} and {@code alice} are two accounts. */
    static String caseSensitiveColumn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mariadb") || product.contains("mysql")
                    ? "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
                    : "";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
