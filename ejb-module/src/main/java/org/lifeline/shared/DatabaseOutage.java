package org.lifeline.shared;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
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

    /** Whether the failure, or anything that caused it, is the database being out of reach. */
    public static boolean explains(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof SQLTransientConnectionException
                        || cause instanceof SQLNonTransientConnectionException
                        || cause instanceof SQLRecoverableException
                        || cause instanceof ResourceException
                        || hasState(cause, CONNECTION_EXCEPTION));
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

    /** Whether the failure or one of its causes (at most 32 deep, whatever a cycle) is such. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> such) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (such.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
