package org.lifeline.shared;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a failure that only means "the database cannot be reached right now" (no connection to be had from the pool,
 * a connection refused or cut), or "this transaction lost a lock race and was rolled back" (a deadlock), from one that
 * is a fault: the first two are answered as a temporary unavailability the client may retry, the last as an incident.
 */
public final class DatabaseOutage {

    /** SQLState class 08: connection exception (SQL:2016, part 2). */
    private static final String CONNECTION_EXCEPTION = "08";

    /** SQLState class 40: transaction rollback (a deadlock, a serialization failure): nothing was written. */
    private static final String TRANSACTION_ROLLBACK = "40";

    private DatabaseOutage() {}

    /**
     * Whether the failure, or anything that caused it, is the database being out of reach; not when the database
     * answered that it rolled the transaction back (a lock race, {@link #isLockContention}), which the connector also
     * wraps in a {@code ResourceException} when it happens at commit.
     */
    public static boolean explains(Throwable failure) {
        return anyCause(
                        failure,
                        cause -> cause instanceof SQLTransientConnectionException
                                || cause instanceof SQLNonTransientConnectionException
                                || cause instanceof SQLRecoverableException
                                || cause instanceof ResourceException
                                || hasState(cause, CONNECTION_EXCEPTION))
                && !isLockContention(failure);
    }

    /**
     * Whether the failure, or anything that caused it, is the database rolling the transaction back to break a
     * deadlock: nothing of it was written, and the same request may succeed when sent again.
     */
    public static boolean isLockContention(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof SQLTransactionRollbackException || hasState(cause, TRANSACTION_ROLLBACK));
    }

    private static boolean hasState(Throwable cause, String stateClass) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(stateClass);
    }

    /**
     * Whether the failure, one of its causes or one of the exceptions suppressed along them is such (at most 64 looked
     * at, whatever a cycle). The suppressed ones matter: when a commit fails, the transaction manager throws a
     * {@code RollbackException} with the resource's failure (the database's "deadlock" at commit, which is how MariaDB
     * Galera reports a lost certification) suppressed in it, not as its cause.
     */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
        Deque<Throwable> next = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty() && seen.size() < 64) {
            Throwable cause = next.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (such.test(cause)) {
                return true;
            }
            if (cause.getCause() != null) {
                next.add(cause.getCause());
            }
            next.addAll(Arrays.asList(cause.getSuppressed()));
        }
        return false;
    }
}
