package org.lifeline.shared;

import java.time.Duration;

/**
 * The checks a settings bean runs once, when the application starts: each failure is an
 * {@link IllegalStateException} that names the key, so the deployment stops with the key in its log.
 */
public final class SettingChecks {

    private SettingChecks() {}

    public static void positive(String key, long value) {
        if (value < 1) {
            throw new IllegalStateException(key + " must be positive, is " + value);
        }
    }

    public static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive duration, is " + value);
        }
    }
}
