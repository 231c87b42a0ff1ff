package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChainHeadsTest {

    @Test
    void movesEveryHeadWithOneStatementASliceAndLeavesOtherChainsAlone() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:heads1")) {
            table(db, 250);
            List<ChainHeads.Head> moved = IntStream.range(0, 230)
                    .mapToObj(i -> new ChainHeads.Head(id(i), i + 1000L, "h" + i))
                    .toList();

            assertEquals(3, ChainHeads.move(db, moved)); // 100, 100 and 30

            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, last_sequence, last_hash FROM audit_chain ORDER BY id")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3));
                }
                assertEquals(250, rows.size());
                for (int i = 0; i < 250; i++) {
                    assertEquals(id(i) + (i < 230 ? " " + (i + 1000) + " h" + i : " 1 genesis"), rows.get(i));
                }
            }
        }
    }

    @Test
    void aHeadThatIsNotThereFailsTheTransaction() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:heads2")) {
            table(db, 2);
            List<ChainHeads.Head> heads =
                    List.of(new ChainHeads.Head(id(0), 5, "a"), new ChainHeads.Head("missing", 5, "b"));
            assertThrows(IllegalStateException.class, () -> ChainHeads.move(db, heads));
        }
    }

    @Test
    void nothingToMoveRunsNoStatement() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:heads3")) {
            assertEquals(0, ChainHeads.move(db, List.of()));
        }
    }

    private static String id(int i) {
        return String.format("acct-%04d", i);
    }

    private static void table(Connection db, int chains) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE audit_chain (id VARCHAR(140) NOT NULL, last_sequence BIGINT NOT NULL,"
                    + " last_hash VARCHAR(64) NOT NULL, PRIMARY KEY (id))");
            for (int i = 0; i < chains; i++) {
                s.execute("INSERT INTO audit_chain VALUES ('" + id(i) + "', 1, 'genesis')");
            }
        }
    }
}
