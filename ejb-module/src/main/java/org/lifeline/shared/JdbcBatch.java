package org.lifeline.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Inserts many rows with one JDBC batch on the transaction's connection, for rows whose id is the database's
 * (IDENTITY makes Hibernate insert one row per round trip) or that a batch job writes by the hundred.
 *
 * <p>The statement is prepared without generated keys on purpose. The pool's connection wrapper turns a plain
 * {@code prepareStatement(sql)} into the (sql, forward-only, read-only) form, which MariaDB Connector/J prepares as
 * if generated keys were asked for; before MariaDB 11.5 that rules out its bulk protocol (one COM_STMT_BULK_EXECUTE
 * for the batch) and each row goes as a statement of its own, about nine times the database's CPU.
 */
public final class JdbcBatch {

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {}

    /**
     * Inserts the rows with {@code sql} (an {@code INSERT} with parameters) on the connection, which a repository
     * takes from its session ({@code Session.doWork}), so the rows join its transaction.
     */
    public static <T> void insert(Connection connection, String sql, List<T> rows, Binder<? super T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
