package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    private static final String SECRET = "kbh+DcQExuk8n5yB16opyJXyeAnrPUOTB0VfAnXJlXk=";

    private static NotificationSettings defaults() {
        NotificationSettings settings = new NotificationSettings();
        settings.emailEnabled = true;
        settings.webhookUrl = Optional.empty();
        settings.webhookSecret = Optional.empty();
        settings.retryFirst = Duration.ofSeconds(30);
        settings.retryLongest = Duration.ofHours(1);
        settings.maxAttempts = 12;
        return settings;
    }

    @Test
    void theDefaultsAreAcceptedWithTheWebhookOff() {
        NotificationSettings settings = defaults();
        assertDoesNotThrow(settings::check);
        assertEquals(Optional.empty(), settings.webhookUrl());
        assertEquals(12, settings.retries().maxAttempts());
    }

    @Test
    void aWebhookNeedsItsSecretAndAnHttpUrl() {
        NotificationSettings unsigned = defaults();
        unsigned.webhookUrl = Optional.of("https://platform.example/hooks");
        assertTrue(assertThrows(IllegalStateException.class, unsigned::check)
                .getMessage()
                .contains("lifeline.notifications.webhook.secret"));
        NotificationSettings ftp = defaults();
        ftp.webhookUrl = Optional.of("ftp://platform.example/hooks");
        ftp.webhookSecret = Optional.of(SECRET);
        assertTrue(assertThrows(IllegalStateException.class, ftp::check)
                .getMessage()
                .startsWith("lifeline.notifications.webhook.url"));
        NotificationSettings shortSecret = defaults();
        shortSecret.webhookUrl = Optional.of("https://platform.example/hooks");
        shortSecret.webhookSecret = Optional.of("s3cret");
        assertTrue(assertThrows(IllegalStateException.class, shortSecret::check)
                .getMessage()
                .startsWith("lifeline.notifications.webhook.secret must be at least 32 bytes"));
        NotificationSettings plain = defaults();
        plain.webhookUrl = Optional.of("http://platform.example/hooks");
        plain.webhookSecret = Optional.of(SECRET);
        assertTrue(assertThrows(IllegalStateException.class, plain::check)
                .getMessage()
                .contains("must be an https URL"));
        NotificationSettings local = defaults();
        local.development = true;
        local.webhookUrl = Optional.of("http://localhost:9999/hooks");
        local.webhookSecret = Optional.of("s3cret");
        assertDoesNotThrow(local::check, "a development server may call a local test receiver");
        NotificationSettings signed = defaults();
        signed.webhookUrl = Optional.of("https://platform.example/hooks");
        signed.webhookSecret = Optional.of(SECRET);
        assertDoesNotThrow(signed::check);
        assertEquals(Optional.of("https://platform.example/hooks"), signed.webhookUrl());
    }

    @Test
    void retriesAreCheckedWithTheirKeys() {
        NotificationSettings backwards = defaults();
        backwards.retryLongest = Duration.ofSeconds(1);
        assertTrue(assertThrows(IllegalStateException.class, backwards::check)
                .getMessage()
                .startsWith("lifeline.notifications.retry.first"));
    }
}
