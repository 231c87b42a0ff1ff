package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;

class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-11-25T17:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), 4);

    private static final Notice LOCKED =
            new Notice(AccountId.of("alice"), NotificationType.ACCOUNT_LOCKED, java.util.Map.of(), 7);

    @Test
    void retriesBackOffExponentiallyUpToTheLongest() {
        assertEquals(
                List.of(30L, 60L, 120L, 240L, 300L, 300L),
                List.of(1, 2, 3, 4, 5, 9).stream()
                        .map(a -> RETRIES.delayAfter(a).toSeconds())
                        .toList());
    }

    @Test
    void aFailedTryWaitsThenGivesUpAfterTheLast() {
        Notification n = new Notification(LOCKED, Channel.EMAIL, "alice@example.org", "{}", T0);
        assertTrue(n.isDue(T0));
        n.failed("SMTP: MailConnectException", T0, RETRIES);
        assertFalse(n.isDue(T0.plusSeconds(29)));
        assertTrue(n.isDue(T0.plusSeconds(30)));
        n.failed("x", T0.plusSeconds(30), RETRIES);
        n.failed("x", T0.plusSeconds(90), RETRIES);
        assertEquals(DeliveryStatus.PENDING, n.status());
        n.failed("x".repeat(1000), T0.plusSeconds(210), RETRIES);
        assertEquals(DeliveryStatus.GAVE_UP, n.status());
        assertFalse(n.isDue(T0.plus(Duration.ofDays(1))));
    }

    @Test
    void deliveredOnceIsNeverDueAgain() {
        Notification n = new Notification(LOCKED, Channel.WEBHOOK, null, "{}", T0);
        n.delivered(T0);
        assertEquals(DeliveryStatus.SENT, n.status());
        assertFalse(n.isDue(T0.plusSeconds(3600)));
    }
}
