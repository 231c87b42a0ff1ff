package org.lifeline.lockout;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutSettingsTest {

    private static LockoutSettings defaults() {
        LockoutSettings settings = new LockoutSettings();
        settings.threshold = 5;
        settings.firstLock = Duration.ofMinutes(1);
        settings.longestLock = Duration.ofMinutes(15);
        settings.dailyFailureLimit = 100;
        settings.failuresSinceSuccessLimit = 100;
        settings.recoveryCodeThreshold = 10;
        settings.attemptRetention = Duration.ofDays(90);
        return settings;
    }

    @Test
    void theDefaultsAreAccepted() {
        assertDoesNotThrow(defaults()::make);
    }

    @Test
    void aBadValueIsRefusedWithItsKeys() {
        LockoutSettings backwards = defaults();
        backwards.longestLock = Duration.ofSeconds(1);
        assertTrue(assertThrows(IllegalStateException.class, backwards::make)
                .getMessage()
                .startsWith("lifeline.lock.threshold"));
        LockoutSettings belowThreshold = defaults();
        belowThreshold.failuresSinceSuccessLimit = 4;
        assertTrue(assertThrows(IllegalStateException.class, belowThreshold::make)
                .getMessage()
                .contains("lifeline.lock.failures-since-success-limit"));
        LockoutSettings noRecoveryLock = defaults();
        noRecoveryLock.recoveryCodeThreshold = 0;
        assertThrows(IllegalStateException.class, noRecoveryLock::make);
        LockoutSettings forever = defaults();
        forever.attemptRetention = Duration.ZERO;
        assertTrue(assertThrows(IllegalStateException.class, forever::make)
                .getMessage()
                .startsWith("lifeline.attempts.retention"));
    }
}
