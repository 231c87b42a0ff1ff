package org.lifeline.lockout;

import java.time.Duration;
import java.time.Instant;
import org.lifeline.shared.Backoff;

/**
 * How failures turn into locks. TOTP codes: after {@code threshold} consecutive failures a lock of {@code firstLock},
 * doubling with each further lock up to {@code longestLock}; never more than {@code dailyFailureLimit} failures in
 * any 24 hours; and after {@code failuresSinceSuccessLimit} failures without a right code between them, TOTP is
 * barred until a right recovery code or support's unlock (NIST SP 800-63B 5.2.2: a daily cap alone renews forever).
 * Recovery codes: after {@code recoveryCodeThreshold} consecutive failures a lock on the same ladder; they are never
 * barred, so the owner always has a way back that TOTP guessing cannot take away.
 */
public record LockPolicy(
        int threshold,
        Duration firstLock,
        Duration longestLock,
        int dailyFailureLimit,
        int failuresSinceSuccessLimit,
        int recoveryCodeThreshold) {

    public static final Duration DAY = Duration.ofHours(24);

    public LockPolicy {
        if (threshold < 1 || dailyFailureLimit < threshold) {
            throw new IllegalArgumentException("lock threshold must be at least 1 and at most the daily limit");
        }
        if (failuresSinceSuccessLimit < threshold) {
            throw new IllegalArgumentException("the cap of failures since a success must be at least the threshold");
        }
        if (recoveryCodeThreshold < 1) {
            throw new IllegalArgumentException("the recovery-code lock threshold must be at least 1");
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
