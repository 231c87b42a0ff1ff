package org.lifeline.lockout;

import jakarta.ejb.ApplicationException;
import org.lifeline.shared.DomainException;

/**
 * Too many failures: no code is evaluated until the lock lifts, not even a right one. The transaction commits, so
 * the refused attempt is on record.
 */
@ApplicationException(rollback = false)
public class AccountLockedException extends DomainException {

    private final long retryAfterSeconds;

    public AccountLockedException(long retryAfterSeconds) {
        super("locked", "too many failed attempts; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
