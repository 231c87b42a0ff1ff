package org.lifeline.compliance;

import java.time.Duration;

/**
 * The tunables of the suspicious-attempt detectors (job properties of the compliance job).
 *
 * @param bruteForceRefusals refused codes on one account in the window that make a brute-force finding; five
 *        times as many make it HIGH
 * @param sprayingAccounts accounts one client address was refused on that make a spraying finding
 * @param totpRecency how shortly before a recovery-code sign-in a TOTP success makes it suspicious
 */
public record AttemptThresholds(int bruteForceRefusals, int sprayingAccounts, Duration totpRecency) {

    public AttemptThresholds {
        if (bruteForceRefusals < 1 || sprayingAccounts < 2 || totpRecency.isNegative() || totpRecency.isZero()) {
            throw new IllegalArgumentException("thresholds must be positive (spraying at least two accounts)");
        }
    }
}
