package org.lifeline.lockout;

import jakarta.ejb.Local;

/** The record of attempts is kept for the compliance job's look-back, then purged. */
@Local
public interface AttemptRetention {

    /**
     * Deletes up to {@code max} attempts older than {@code lifeline.attempts.retention} (default 90 days); the number
     * deleted. The failure budget's 24-hour cap reads far younger attempts only.
     */
    int purgeExpired(int max);
}
