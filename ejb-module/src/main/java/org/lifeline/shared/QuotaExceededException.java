package org.lifeline.shared;

/**
 * Over an allowance an account has in a period (cases opened, evidence bytes sent): refused until the oldest use
 * counted leaves the period, {@link #retryAfterSeconds()} from now.
 */
public class QuotaExceededException extends DomainException {

    private final long retryAfterSeconds;

    public QuotaExceededException(String message, long retryAfterSeconds) {
        super("quota-exceeded", message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Seconds until the allowance has room again; at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
