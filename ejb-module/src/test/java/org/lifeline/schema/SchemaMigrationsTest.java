package org.lifeline.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.lifeline.health.DatabaseReadinessCheck;

/** The migrations run on H2 as the embedded server runs them (REGULAR mode), and a second run changes nothing. */
class SchemaMigrationsTest {

    @Test
    void migrationsApplyOnH2AndAreIdempotent() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement()) {
            // As on a real server, other tables exist before the first migration.
            s.execute("CREATE TABLE job_instance (id BIGINT PRIMARY KEY)");
        }
        MigrateResult first = SchemaMigrations.migrate(h2);
        assertTrue(first.migrationsExecuted >= 1);
        assertEquals(0, SchemaMigrations.migrate(h2).migrationsExecuted);
        try (Connection c = h2.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_sequence FROM audit_chain WHERE id = '~system'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getLong(1));
        }
        assertEquals("", SchemaMigrations.caseSensitiveColumn(h2));
        try (Connection c = h2.getConnection()) {
            long[] history = DatabaseReadinessCheck.migrationHistory(c);
            assertTrue(history[0] >= 2, "baseline and V1 recorded"); // the baseline row, then V1
            assertEquals(0, history[1]);
        }
    }
}
