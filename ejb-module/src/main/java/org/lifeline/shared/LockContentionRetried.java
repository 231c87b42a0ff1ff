package org.lifeline.shared;

/**
 * A request's transaction was rolled back by the database to settle a lock race (a deadlock on one MariaDB, a lost
 * certification on Galera): nothing of it was written. {@code RETRIED}: the request runs again; {@code GAVE_UP}: the
 * last attempt lost too, and the client is told to retry (503).
 */
public record LockContentionRetried(Outcome outcome) {

    public enum Outcome {
        RETRIED,
        GAVE_UP
    }
}
