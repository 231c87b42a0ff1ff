package org.lifeline.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lifeline.schema.SchemaMigrations;

/**
 * Ready when the database answers within five seconds and every migration in the history succeeded. Migrations
 * run while the application deploys, so a deployed application has run them.
 *
 * <p>A pooled connection found broken (its database server died, or the driver has just moved it to another Galera
 * node) is not the database being out of reach: the pool drops it, and the check asks again, up to
 * {@link #ATTEMPTS} connections in all. Without that, the first two checks after a Galera node's death could meet
 * two of its dead connections and take the node out of the load balancer although the next connection worked; with
 * no other node up, the balancer would then refuse every request for seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    /** A compile-time constant: inlined, so the EJB module's class is not needed at run time. */
    private static final String HISTORY = SchemaMigrations.HISTORY_TABLE;

    @Resource(lookup = "java:jboss/datasources/LifelineDS")
    DataSource dataSource;

    /** Connections tried at most when each is found broken. */
    static final int ATTEMPTS = 3;

    /** SQLState class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    @Override
    public HealthCheckResponse call() {
        SQLException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                long[] history = migrationHistory(connection);
                return response(
                        history[0] > 0 && history[1] == 0,
                        Map.of("migrations", history[0], "failedMigrations", history[1]));
            } catch (SQLException e) {
                failure = e;
                if (!brokenConnection(e)) {
                    break;
                }
            }
        }
        return response(
                false,
                Map.of("error", failure.getClass().getSimpleName() + " (SQL state " + failure.getSQLState() + ")"));
    }

    /** Built directly, not through the builder's provider lookup: the same response, and testable without a server. */
    private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
        return new HealthCheckResponse(
                "lifeline-database",
                up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }

    /**
     * A connection that failed as a connection (not a pool with none to give, which waited already, nor a query the
     * database refused): another may work. What {@code shared.DatabaseOutage} counts as a connection failure, at the
     * top only; written again here because this jar may use nothing of the EJB module at run time (package-info).
     */
    private static boolean brokenConnection(SQLException failure) {
        return failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || (failure.getSQLState() != null && failure.getSQLState().startsWith(CONNECTION_EXCEPTION));
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
