package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ComplianceSettingsTest {

    private static ComplianceSettings defaults() {
        ComplianceSettings settings = new ComplianceSettings();
        settings.schedule = "0 2 * * *";
        settings.chunkSize = 500;
        settings.partitions = 2;
        settings.bruteForceRefusals = 10;
        settings.sprayingAccounts = 5;
        settings.totpRecency = Duration.ofHours(24);
        settings.retentionBatch = 100;
        settings.abandonAfterFailures = 3;
        return settings;
    }

    @Test
    void everyTunableIsAJobParameter() {
        Properties parameters = defaults().asJobParameters();
        assertEquals("500", parameters.getProperty("chunkSize"));
        assertEquals("2", parameters.getProperty("partitions"));
        assertEquals("10", parameters.getProperty("bruteForceRefusals"));
        assertEquals("5", parameters.getProperty("sprayingAccounts"));
        assertEquals("PT24H", parameters.getProperty("totpRecency"));
        assertEquals("100", parameters.getProperty("retentionBatch"));
        assertEquals(6, parameters.size());
    }

    @Test
    void aBadValueIsRefusedWithItsKey() {
        ComplianceSettings zeroChunks = defaults();
        zeroChunks.chunkSize = 0;
        assertTrue(assertThrows(IllegalStateException.class, zeroChunks::check)
                .getMessage()
                .startsWith("lifeline.audit.chunk-size"));
        ComplianceSettings oneAccount = defaults();
        oneAccount.sprayingAccounts = 1;
        assertTrue(assertThrows(IllegalStateException.class, oneAccount::check)
                .getMessage()
                .startsWith("lifeline.audit.spraying-accounts"));
        ComplianceSettings badCron = defaults();
        badCron.schedule = "every night";
        assertTrue(assertThrows(IllegalStateException.class, badCron::check)
                .getMessage()
                .startsWith("lifeline.audit.schedule"));
        ComplianceSettings noRecency = defaults();
        noRecency.totpRecency = Duration.ZERO;
        assertTrue(assertThrows(IllegalStateException.class, noRecency::check)
                .getMessage()
                .startsWith("lifeline.audit.totp-recency"));
        ComplianceSettings neverAbandon = defaults();
        neverAbandon.abandonAfterFailures = 0;
        assertTrue(assertThrows(IllegalStateException.class, neverAbandon::check)
                .getMessage()
                .startsWith("lifeline.audit.abandon-after-failures"));
    }
}
