package org.lifeline.ownershipcheck;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnershipCheckSettingsTest {

    private static final String SECRET = "kbh+DcQExuk8n5yB16opyJXyeAnrPUOTB0VfAnXJlXk=";

    private static OwnershipCheckSettings defaults() {
        OwnershipCheckSettings settings = new OwnershipCheckSettings();
        settings.url = Optional.empty();
        settings.secret = Optional.empty();
        settings.timeout = Duration.ofSeconds(10);
        settings.retryFirst = Duration.ofSeconds(30);
        settings.retryLongest = Duration.ofHours(1);
        return settings;
    }

    private static String refusal(OwnershipCheckSettings settings) {
        return assertThrows(IllegalStateException.class, settings::check).getMessage();
    }

    @Test
    void noUrlIsNoVerifier() {
        OwnershipCheckSettings settings = defaults();
        assertDoesNotThrow(settings::check);
        assertFalse(settings.configured());
        OwnershipCheckSettings blank = defaults();
        blank.url = Optional.of("  ");
        assertDoesNotThrow(blank::check);
        assertFalse(blank.configured());
    }

    @Test
    void aVerifierNeedsAnHttpsUrlAndALongSecretOutsideDevelopment() {
        OwnershipCheckSettings unsigned = defaults();
        unsigned.url = Optional.of("https://platform.example/ledger/claims");
        assertTrue(refusal(unsigned).contains("lifeline.ownership.verifier.secret"));
        OwnershipCheckSettings ftp = defaults();
        ftp.url = Optional.of("ftp://platform.example/ledger");
        ftp.secret = Optional.of(SECRET);
        assertTrue(refusal(ftp).startsWith("lifeline.ownership.verifier.url"));
        OwnershipCheckSettings plain = defaults();
        plain.url = Optional.of("http://platform.example/ledger");
        plain.secret = Optional.of(SECRET);
        assertTrue(refusal(plain).contains("must be an https URL"));
        OwnershipCheckSettings shortSecret = defaults();
        shortSecret.url = Optional.of("https://platform.example/ledger");
        shortSecret.secret = Optional.of("s3cret");
        assertTrue(refusal(shortSecret).startsWith("lifeline.ownership.verifier.secret must be at least 32 bytes"));
        OwnershipCheckSettings good = defaults();
        good.url = Optional.of("https://platform.example/ledger");
        good.secret = Optional.of(SECRET);
        assertDoesNotThrow(good::check);
        assertTrue(good.configured());
        OwnershipCheckSettings local = defaults();
        local.development = true;
        local.url = Optional.of("http://127.0.0.1:18090/ledger");
        local.secret = Optional.of("short");
        assertDoesNotThrow(local::check);
    }

    @Test
    void retriesWaitLongerEachTimeUpToTheLongest() {
        OwnershipCheckSettings settings = defaults();
        settings.check();
        assertEquals(Duration.ofSeconds(30), settings.waitAfter(1));
        assertEquals(Duration.ofSeconds(60), settings.waitAfter(2));
        assertEquals(Duration.ofHours(1), settings.waitAfter(20));
        OwnershipCheckSettings backwards = defaults();
        backwards.retryLongest = Duration.ofSeconds(1);
        assertTrue(refusal(backwards).startsWith("lifeline.ownership.verifier.retry.longest"));
    }
}
