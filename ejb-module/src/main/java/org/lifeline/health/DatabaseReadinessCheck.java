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
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet history = statement.executeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN success THEN 0 ELSE 1 END) FROM " + HISTORY)) {
                history.next();
                long applied = history.getLong(1);
                long failed = history.getLong(2);
                return HealthCheckResponse.named("lifeline-database")
                        .status(applied > 0 && failed == 0)
                        .withData("migrations", applied)
                        .withData("failedMigrations", failed)
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("lifeline-database").down()
                    .withData("error", e.getClass().getSimpleName() + " (SQL state " + e.getSQLState() + ")")
                    .build();
        }
    }
}
