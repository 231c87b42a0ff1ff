package org.lifeline.notification;

import java.time.Duration;
import org.lifeline.shared.Backoff;

/** Exponential backoff: {@code first}, doubling each try up to {@code longest}, at most {@code maxAttempts} tries. */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retries need a positive first delay, a longest no shorter, one try");
        }
    }

    /** The wait after the {@code attempts}-th failed try. */
    public Duration delayAfter(int attempts) {
        return Backoff.nth(first, longest, attempts);
    }
}
