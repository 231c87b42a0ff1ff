package org.lifeline.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lifeline.schema.SchemaMigrations;

/**
 * Ready when the database answers within five seconds and every migration in the history succeeded. Migrations
 * run while the application deploys, so a deployed application has run them.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    /** A compile-time constant: inlined, so the EJB module's class is not needed at run time. */
    private static final String HISTORY = SchemaMigrations.HISTORY_TABLE;

    @Resource(lookup = "java:jboss/datasources/LifelineDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            long[] history = migrationHistory(connection);
            return HealthCheckResponse.named("lifeline-database")
                    .status(history[0] > 0 && history[1] == 0)
                    .withData("migrations", history[0])
                    .withData("failedMigrations", history[1])
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("lifeline-database")
                    .down()
                    .withData("error", e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")")
                    .build();
        }
    }

    /**
     * The number of migrations recorded and of those that failed. Flyway creates its table and columns with quoted
     * lower-case names, so they are quoted here too (H2 would otherwise look for upper-case ones).
     */
    public static long[] migrationHistory(Connection connection) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet history = statement.executeQuery("SELECT COUNT(*), SUM(CASE WHEN " + q + "success" + q
                    + " THEN 0 ELSE 1 END) FROM " + q + HISTORY + q)) {
                history.next();
                return new long[] {history.getLong(1), history.getLong(2)};
            }
        }
    }
}
