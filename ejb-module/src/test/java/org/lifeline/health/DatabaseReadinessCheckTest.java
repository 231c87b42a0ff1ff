package org.lifeline.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.schema.SchemaMigrations;

class DatabaseReadinessCheckTest {

    /** A database whose connections fail with the failures queued, in order, then work (an H2 one). */
    private static final class FailingFirst implements InvocationHandler {
        final JdbcDataSource h2 = new JdbcDataSource();
        final Deque<SQLException> failures = new ArrayDeque<>();
        int asked;

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("getConnection")) {
                asked++;
                SQLException next = failures.poll();
                if (next != null) {
                    throw next;
                }
            }
            try {
                return method.invoke(h2, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        DataSource dataSource() {
            return (DataSource)
                    Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, this);
        }
    }

    private final FailingFirst database = new FailingFirst();
    private final DatabaseReadinessCheck check = new DatabaseReadinessCheck();

    @BeforeEach
    void migratedDatabase() throws SQLException {
        database.h2.setURL("jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1");
        try (Connection connection = database.h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS \"" + SchemaMigrations.HISTORY_TABLE + "\"");
            statement.execute("CREATE TABLE \"" + SchemaMigrations.HISTORY_TABLE + "\" (\"success\" BOOLEAN)");
            statement.execute("INSERT INTO \"" + SchemaMigrations.HISTORY_TABLE + "\" VALUES (TRUE), (TRUE)");
        }
        database.asked = 0;
        check.dataSource = database.dataSource();
    }

    @Test
    void aBrokenPooledConnectionIsNotTheDatabaseDown() {
        database.failures.add(new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications link failure", "08000"));
        database.failures.add(new SQLException("Socket closed", "08S01"));

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(3, database.asked);
    }

    @Test
    void connectionsBrokenEveryTimeAreTheDatabaseDown() {
        for (int i = 0; i < DatabaseReadinessCheck.ATTEMPTS + 1; i++) {
            database.failures.add(new SQLException("Connection refused", "08000"));
        }

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(DatabaseReadinessCheck.ATTEMPTS, database.asked);
        assertEquals(
                "SQLException (SQL state 08000)",
                response.getData().orElseThrow().get("error"));
    }

    @Test
    void aFailureOtherThanTheConnectionIsNotAskedAgain() {
        database.failures.add(new SQLSyntaxErrorException("no such table", "42S02"));
        database.failures.add(new SQLException("a pool with no connection to give"));

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(1, database.asked);
    }

    @Test
    void aFailedMigrationIsNotReady() throws SQLException {
        try (Connection connection = database.h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"" + SchemaMigrations.HISTORY_TABLE + "\" VALUES (FALSE)");
        }

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(1L, response.getData().orElseThrow().get("failedMigrations"));
    }
}
