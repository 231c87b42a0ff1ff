package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

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
        ftp.webhookSecret = Optional.of("s3cret");
        assertTrue(assertThrows(IllegalStateException.class, ftp::check)
                .getMessage()
                .startsWith("lifeline.notifications.webhook.url"));
        NotificationSettings signed = defaults();
        signed.webhookUrl = Optional.of("https://platform.example/hooks");
        signed.webhookSecret = Optional.of("s3cret");
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
