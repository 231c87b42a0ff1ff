package org.lifeline.authenticator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lifeline.crypto.TotpAlgorithm;

class TotpSettingsTest {

    private static TotpSettings defaults() {
        TotpSettings settings = new TotpSettings();
        settings.issuer = "Lifeline";
        settings.algorithm = TotpAlgorithm.SHA1;
        settings.digits = 6;
        settings.periodSeconds = 30;
        settings.enrollmentTtl = Duration.ofMinutes(15);
        return settings;
    }

    @Test
    void theDefaultsAreAccepted() {
        TotpSettings settings = defaults();
        assertDoesNotThrow(settings::check);
        assertEquals(6, settings.totp().digits());
    }

    @Test
    void aBadValueIsRefusedWithItsKey() {
        TotpSettings nineDigits = defaults();
        nineDigits.digits = 9;
        assertTrue(assertThrows(IllegalStateException.class, nineDigits::check)
                .getMessage()
                .startsWith("lifeline.totp.digits"));
        TotpSettings colon = defaults();
        colon.issuer = "Acme:Exchange";
        assertTrue(assertThrows(IllegalStateException.class, colon::check)
                .getMessage()
                .startsWith("lifeline.totp.issuer"));
        TotpSettings noTtl = defaults();
        noTtl.enrollmentTtl = Duration.ZERO;
        assertTrue(assertThrows(IllegalStateException.class, noTtl::check)
                .getMessage()
                .startsWith("lifeline.totp.enrollment-ttl"));
    }
}
