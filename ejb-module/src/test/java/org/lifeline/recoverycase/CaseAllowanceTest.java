package org.lifeline.recoverycase;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.shared.QuotaExceededException;

class CaseAllowanceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static RecoveryCaseSettings settings() {
        RecoveryCaseSettings settings = new RecoveryCaseSettings();
        settings.quotaPeriod = Duration.ofDays(30);
        settings.casesPerPeriod = 3;
        settings.evidenceMaxBytes = 10;
        settings.evidenceBytesPerPeriod = 100;
        return settings;
    }

    @Test
    void theCaseAfterTheAllowanceWaitsUntilTheOldestLeavesThePeriod() {
        Instant oldest = NOW.minus(Duration.ofDays(29));
        assertDoesNotThrow(() -> new CaseAllowance(2, 0, oldest).checkRoomForCase(settings(), NOW));
        QuotaExceededException refused = assertThrows(
                QuotaExceededException.class, () -> new CaseAllowance(3, 0, oldest).checkRoomForCase(settings(), NOW));
        assertEquals("quota-exceeded", refused.code());
        assertTrue(refused.getMessage().contains("3 security-reset cases in 30 days"), refused::getMessage);
        assertEquals(Duration.ofDays(1).toSeconds() + 1, refused.retryAfterSeconds());
    }

    @Test
    void theEvidenceRoomIsWhatIsLeftAndNothingLeftIsRefused() {
        Instant oldest = NOW.minus(Duration.ofDays(1));
        assertEquals(100, new CaseAllowance(0, 0, null).evidenceRoom(settings(), NOW));
        assertEquals(7, new CaseAllowance(1, 93, oldest).evidenceRoom(settings(), NOW));
        QuotaExceededException refused = assertThrows(
                QuotaExceededException.class, () -> new CaseAllowance(1, 100, oldest).evidenceRoom(settings(), NOW));
        assertEquals(Duration.ofDays(29).toSeconds() + 1, refused.retryAfterSeconds());
    }
}
