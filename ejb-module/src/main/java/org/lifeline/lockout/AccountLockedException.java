package org.lifeline.lockout;

import jakarta.ejb.ApplicationException;
import org.lifeline.shared.DomainException;

/**
 * Too many failures: no code of that kind is evaluated until the lock lifts, not even a right one; or, for TOTP past
 * the cap since the last success, until a right recovery code or support's unlock ({@link #barred()}: no time to
 * retry after). The transaction commits, so the refused attempt is on record.
 */
@ApplicationException(rollback = false)
public class AccountLockedException extends DomainException {

    private final long retryAfterSeconds;

    public AccountLockedException(long retryAfterSeconds) {
        super("locked", "too many failed attempts; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private AccountLockedException() {
        super(
                "locked",
                "too many failed codes since the last right one: authenticator codes are refused until a recovery"
                        + " code is used or support unlocks the account");
        this.retryAfterSeconds = 0;
    }

    /** TOTP barred past the cap since the last success: it does not lift by itself. */
    public static AccountLockedException barred() {
        return new AccountLockedException();
    }

    public boolean liftsByItself() {
        return retryAfterSeconds > 0;
    }

    /** Seconds until the lock lifts; 0 when it does not lift by itself. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
