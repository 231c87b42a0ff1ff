package org.lifeline.shared;

import java.time.Duration;

/** Waits that double each time, from a first one up to a longest: locks after failures, retries of deliveries. */
public final class Backoff {

    private Backoff() {}

    /** The {@code n}-th wait (1 for the first): {@code first * 2^(n-1)}, never more than {@code longest}. */
    public static Duration nth(Duration first, Duration longest, int n) {
        Duration wait = first;
        for (int i = 1; i < n && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
