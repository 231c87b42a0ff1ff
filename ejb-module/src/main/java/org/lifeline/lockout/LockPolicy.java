package org.lifeline.lockout;

import java.time.Duration;
import java.time.Instant;
import org.lifeline.shared.Backoff;

/**
 * How failures turn into locks: after {@code threshold} consecutive failures a lock of {@code firstLock},
 * doubling with each further lock up to {@code longestLock}; and never more than {@code dailyFailureLimit}
 * failures in any 24 hours. Locks only ever expire: failures alone never lock an account for good.
 */
public record LockPolicy(int threshold, Duration firstLock, Duration longestLock, int dailyFailureLimit) {

    public static final Duration DAY = Duration.ofHours(24);

    public LockPolicy {
        if (threshold < 1 || dailyFailureLimit < threshold) {
            throw new IllegalArgumentException("lock threshold must be at least 1 and at most the daily limit");
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("locks must be positive, the longest no shorter than the first");
        }
    }

    /** The length of the {@code level}-th lock in a row (1 for the first). */
    public Duration lockFor(int level) {
        return Backoff.nth(firstLock, longestLock, level);
    }

    /**
     * When the daily cap lifts, given the time of the {@code dailyFailureLimit}-th most recent failure (null when
     * there are fewer): 24 hours after it.
     */
    public Instant dailyCapLiftsAt(Instant limitthLatestFailure) {
        return limitthLatestFailure == null ? null : limitthLatestFailure.plus(DAY);
    }
}
