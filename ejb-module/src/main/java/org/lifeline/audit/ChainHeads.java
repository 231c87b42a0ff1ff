package org.lifeline.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * Writes the new heads of many chains with one {@code UPDATE} for up to {@value #SLICE} of them (the row's values
 * chosen by {@code CASE id}), in plain SQL that MariaDB and H2 both run. A compliance chunk moves hundreds of heads;
 * one {@code UPDATE} a chain went to MariaDB as that many statements (its bulk protocol is used for inserts only),
 * about 400,000 of them in a first run over a million accounts.
 */
final class ChainHeads {

    /** Chains a statement moves at most: its CASE is evaluated for each matched row. */
    static final int SLICE = 100;

    /** A chain's head as the append left it. */
    record Head(String chainId, long lastSequence, String lastHash) {}

    private ChainHeads() {}

    /**
     * Moves the heads on the connection (the transaction's, where they are locked) and answers how many statements
     * that took; a head whose chain is not there is a bug of the caller's and fails the transaction.
     */
    static int move(Connection connection, List<Head> heads) throws SQLException {
        int statements = 0;
        for (int from = 0; from < heads.size(); from += SLICE) {
            List<Head> slice = heads.subList(from, Math.min(heads.size(), from + SLICE));
            try (PreparedStatement update =
                    connection.prepareStatement(sql(slice.size()), Statement.NO_GENERATED_KEYS)) {
                int n = slice.size();
                for (int i = 0; i < n; i++) {
                    Head head = slice.get(i);
                    update.setString(2 * i + 1, head.chainId());
                    update.setLong(2 * i + 2, head.lastSequence());
                    update.setString(2 * n + 2 * i + 1, head.chainId());
                    update.setString(2 * n + 2 * i + 2, head.lastHash());
                    update.setString(4 * n + i + 1, head.chainId());
                }
                int matched = update.executeUpdate();
                if (matched != n) {
                    throw new IllegalStateException("moved " + matched + " of " + n + " audit chain heads");
                }
            }
            statements++;
        }
        return statements;
    }

    /** {@code UPDATE … SET last_sequence = CASE id WHEN ? THEN ? … END, last_hash = CASE … END WHERE id IN (…)}. */
    static String sql(int chains) {
        String cases = " WHEN ? THEN ?".repeat(chains);
        return "UPDATE audit_chain SET last_sequence = CASE id" + cases + " END, last_hash = CASE id" + cases
                + " END WHERE id IN (" + String.join(", ", Collections.nCopies(chains, "?")) + ")";
    }
}
