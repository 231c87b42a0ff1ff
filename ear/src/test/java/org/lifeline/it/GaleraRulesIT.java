package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What MariaDB Galera asks of a schema and of the code, checked on the deployed server's database: every table is
 * InnoDB (Galera replicates nothing else) and has a primary key (rows without one replicate badly and can diverge:
 * that covers the job repository's and the timers' tables, which the server creates in the same database).
 * {@link GaleraSourceRulesTest} checks the code takes no lock Galera does not replicate.
 */
class GaleraRulesIT extends DeployedEarTest {

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() throws SQLException {
        // a request first, so the server has created every table of its own (job repository, timers) by now
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(Tokens.newAccountId("galera"), "user"))
                        .status());
        List<String> tables = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        try (Connection db = Database.connect();
                ResultSet rows = db.createStatement()
                        .executeQuery("SELECT t.table_name, t.engine, c.constraint_name"
                                + " FROM information_schema.tables t LEFT JOIN information_schema.table_constraints c"
                                + " ON c.table_schema = t.table_schema AND c.table_name = t.table_name"
                                + " AND c.constraint_type = 'PRIMARY KEY'"
                                + " WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
                if (!"InnoDB".equalsIgnoreCase(rows.getString(2)) || rows.getString(3) == null) {
                    offending.add(
                            rows.getString(1) + " (" + rows.getString(2) + ", primary key " + rows.getString(3) + ")");
                }
            }
        }
        assertTrue(
                tables.contains("account") && tables.contains("JOB_EXECUTION") && tables.contains("JBOSS_EJB_TIMER"),
                "the application's, the job repository's and the timers' tables: " + tables);
        assertEquals(List.of(), offending, "tables Galera cannot replicate safely");
    }
}
