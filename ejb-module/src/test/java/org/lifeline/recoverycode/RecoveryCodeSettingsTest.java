package org.lifeline.recoverycode;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RecoveryCodeSettingsTest {

    @Test
    void aSetHasEightToSixteenCodes() {
        for (int count : new int[] {8, 10, 16}) {
            RecoveryCodeSettings settings = new RecoveryCodeSettings();
            settings.count = count;
            assertDoesNotThrow(settings::check);
        }
        for (int count : new int[] {7, 17}) {
            RecoveryCodeSettings settings = new RecoveryCodeSettings();
            settings.count = count;
            assertTrue(assertThrows(IllegalStateException.class, settings::check)
                    .getMessage()
                    .startsWith("lifeline.recovery-codes.count"));
        }
    }
}
