package org.lifeline.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JdbcBatchTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void preparesWithoutGeneratedKeysSoTheDriverCanSendTheBatchInBulk() throws Exception {
        JdbcBatch.insert(
                connection(),
                "INSERT INTO t (a) VALUES (?)",
                List.of("x", "y"),
                (insert, row) -> insert.setString(1, row));

        assertEquals(
                List.of(
                        "prepareStatement INSERT INTO t (a) VALUES (?) " + Statement.NO_GENERATED_KEYS,
                        "setString 1 x",
                        "addBatch",
                        "setString 1 y",
                        "addBatch",
                        "executeBatch",
                        "close"),
                calls);
    }

    @Test
    void writesNothingForNoRows() throws Exception {
        JdbcBatch.insert(connection(), "INSERT INTO t (a) VALUES (?)", List.<String>of(), (insert, row) -> {});

        assertEquals(List.of(), calls);
    }

    /** A connection that records what is asked of it and of its statements. */
    private Connection connection() {
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    calls.add(describe(method.getName(), args));
                    return method.getName().equals("executeBatch") ? new int[0] : null;
                });
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    calls.add(describe(method.getName(), args));
                    return method.getName().equals("prepareStatement") ? statement : null;
                });
    }

    private static String describe(String method, Object[] args) {
        StringBuilder call = new StringBuilder(method);
        if (args != null) {
            for (Object arg : args) {
                call.append(' ').append(arg);
            }
        }
        return call.toString();
    }
}
