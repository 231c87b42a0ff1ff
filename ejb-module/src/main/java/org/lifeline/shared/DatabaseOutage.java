package org.lifeline.shared;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that only means "the database cannot be reached right now" (no connection to be had from the pool,
 * a connection refused or cut) from one that is a fault: the first is answered as a temporary unavailability, the
 * second as an incident.
 */
public final class DatabaseOutage {

    /** SQLState class 08: connection exception (SQL:2016, part 2). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseOutage() {}

    /** Whether the failure, or anything that caused it, is the database being out of reach. */
    public static boolean explains(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
