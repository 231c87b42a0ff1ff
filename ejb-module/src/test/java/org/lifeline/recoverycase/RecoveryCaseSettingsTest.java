package org.lifeline.recoverycase;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecoveryCaseSettingsTest {

    private static RecoveryCaseSettings defaults() {
        RecoveryCaseSettings settings = new RecoveryCaseSettings();
        settings.unattendedExpiry = Duration.ofDays(14);
        settings.waitingPeriod = Duration.ofHours(48);
        settings.waitingPeriodHighRisk = Duration.ofHours(72);
        settings.hold = Duration.ofHours(48);
        settings.evidenceMaxBytes = 10_485_760;
        settings.evidenceMaxFiles = 10;
        settings.evidenceRetention = Duration.ofDays(30);
        settings.quotaPeriod = Duration.ofDays(30);
        settings.casesPerPeriod = 3;
        settings.evidenceBytesPerPeriod = 209_715_200;
        settings.maxOwnershipClaims = 10;
        settings.factorUseWindow = Duration.ofDays(7);
        return settings;
    }

    @Test
    void theDefaultsAreAcceptedAndHighRiskWaitsLonger() {
        RecoveryCaseSettings settings = defaults();
        assertDoesNotThrow(settings::check);
        assertEquals(Duration.ofHours(72), settings.waitingPeriod(true));
        assertEquals(Duration.ofHours(48), settings.waitingPeriod(false));
    }

    @Test
    void aBadValueIsRefusedWithItsKey() {
        RecoveryCaseSettings noHold = defaults();
        noHold.hold = Duration.ZERO;
        assertTrue(assertThrows(IllegalStateException.class, noHold::check)
                .getMessage()
                .startsWith("lifeline.recovery-cases.hold"));
        RecoveryCaseSettings highShorter = defaults();
        highShorter.waitingPeriodHighRisk = Duration.ofHours(1);
        assertTrue(assertThrows(IllegalStateException.class, highShorter::check)
                .getMessage()
                .startsWith("lifeline.recovery-cases.waiting-period-high-risk"));
        RecoveryCaseSettings noCases = defaults();
        noCases.casesPerPeriod = 0;
        assertTrue(assertThrows(IllegalStateException.class, noCases::check)
                .getMessage()
                .startsWith("lifeline.recovery-cases.cases-per-period"));
        RecoveryCaseSettings allowanceUnderOneFile = defaults();
        allowanceUnderOneFile.evidenceBytesPerPeriod = allowanceUnderOneFile.evidenceMaxBytes - 1;
        assertTrue(assertThrows(IllegalStateException.class, allowanceUnderOneFile::check)
                .getMessage()
                .startsWith("lifeline.recovery-cases.evidence-bytes-per-period"));
        RecoveryCaseSettings noClaims = defaults();
        noClaims.maxOwnershipClaims = 0;
        assertTrue(assertThrows(IllegalStateException.class, noClaims::check)
                .getMessage()
                .startsWith("lifeline.recovery-cases.max-ownership-claims"));
    }
}
