package org.lifeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A flood of routine notifications (a compliance run's reminders, one account's busy loop) in front of a slow
 * webhook never delays another owner's urgent notice: "a security reset of your account was requested" goes out
 * by the urgent lane while the flood still waits in the routine one.
 */
class NotificationFloodIT extends DeployedEarTest {

    private static final int FLOOD = 1_000;
    private static final Duration WEBHOOK_DELAY = Duration.ofMillis(20);
    private static final Duration ALLOWED_DELAY = Duration.ofSeconds(10);

    @Test
    void aCaseNoticeOvertakesAThousandRoutineNotifications() throws Exception {
        String flooder = Tokens.newAccountId("flooder");
        String owner = Tokens.newAccountId("flood-victim");
        String ownerToken = Tokens.forSubject(owner, "user");
        assertEquals(
                200,
                api.get("/api/v1/me/security", Tokens.forSubject(flooder, "user"))
                        .status());
        assertEquals(200, api.get("/api/v1/me/security", ownerToken).status());
        try (WebhookReceiver webhook =
                new WebhookReceiver(Integer.getInteger("lifeline.test.webhook.port", 18089), WEBHOOK_DELAY)) {
            flood(flooder);

            Instant opened = Instant.now();
            Api.Reply opening = api.post(
                    "/api/v1/me/recovery-cases",
                    ownerToken,
                    "{\"reason\":\"LOST_DEVICE\",\"description\":\"Phone lost\",\"contactEmail\":\"me@example.org\"}");
            assertEquals(201, opening.status(), opening::toString);
            Duration delay = awaitCall(webhook, owner, "RECOVERY_CASE_OPENED", opened);

            long floodLeft = Database.count(
                    "SELECT COUNT(*) FROM notification WHERE account_id = ? AND status = 'PENDING'", flooder);
            System.out.printf(
                    "[flood] case notice delivered %d ms after the case was opened, behind %d routine notifications"
                            + " of which %d were still waiting%n",
                    delay.toMillis(), FLOOD, floodLeft);
            assertTrue(delay.compareTo(ALLOWED_DELAY) < 0, () -> "the case notice took " + delay);
            assertTrue(floodLeft > FLOOD / 2, () -> "the flood was mostly sent before the notice: " + floodLeft);
        } finally {
            Database.update("DELETE FROM notification WHERE account_id = ?", flooder);
        }
    }

    /** What a compliance run puts in the outbox for one account's reminders, all due now and older than the notice. */
    private static void flood(String account) {
        List<Object[]> rows = new ArrayList<>();
        Instant due = Instant.now().minusSeconds(60);
        for (int i = 0; i < FLOOD; i++) {
            rows.add(new Object[] {
                UUID.randomUUID().toString(),
                account,
                "RECOVERY_CODES_CHECKUP",
                "WEBHOOK",
                "{\"finding\":\"flood-" + i + "\"}",
                "PENDING",
                Database.utc(due),
                Database.utc(due)
            });
        }
        Database.batch(
                "INSERT INTO notification (id, account_id, type, channel, details, status, attempts, next_attempt_at,"
                        + " created_at, version, urgent) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, 0, FALSE)",
                rows);
    }

    private static Duration awaitCall(WebhookReceiver webhook, String account, String type, Instant since)
            throws InterruptedException {
        Instant deadline = since.plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (webhook.callsAbout(account).stream()
                    .anyMatch(call -> call.body().contains("\"type\":\"" + type + "\""))) {
                return Duration.between(since, Instant.now());
            }
            Thread.sleep(50);
        }
        return fail("no " + type + " webhook about " + account + " within a minute");
    }
}
