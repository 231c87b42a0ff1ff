package org.lifeline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.attempt.AttemptOutcome;
import org.lifeline.attempt.AttemptPurpose;
import org.lifeline.attempt.CodeAttempted;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent;
import org.lifeline.audit.SecurityEventRecorded;
import org.lifeline.audit.SecurityEventsRecorded;
import org.lifeline.compliance.AuditRunEnded;
import org.lifeline.notification.Channel;
import org.lifeline.notification.DeliveryStatus;
import org.lifeline.notification.NotificationAttempted;
import org.lifeline.notification.OutboxBacklog;

class LifelineMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LifelineMetrics metrics = new LifelineMetrics();

    @BeforeEach
    void wire() {
        metrics.registry = registry;
        metrics.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        metrics.registerGauges();
    }

    private double counter(String name, String... tags) {
        var search = registry.find(name).tags(tags);
        return search.counter() == null ? 0 : search.counter().count();
    }

    @Test
    void countsCodesByPathMethodOutcomeAndReasonClass() {
        metrics.codeAttempted(new CodeAttempted(AttemptPurpose.VERIFY, CodeMethod.TOTP, AttemptOutcome.SUCCESS, null));
        metrics.codeAttempted(new CodeAttempted(
                AttemptPurpose.VERIFY, CodeMethod.TOTP, AttemptOutcome.FAILURE, FailureReason.REPLAY));
        metrics.codeAttempted(new CodeAttempted(
                AttemptPurpose.VERIFY, CodeMethod.TOTP, AttemptOutcome.FAILURE, FailureReason.REPLAY));
        metrics.codeAttempted(
                new CodeAttempted(AttemptPurpose.VERIFY, CodeMethod.RECOVERY_CODE, AttemptOutcome.LOCKED, null));

        assertEquals(
                1,
                counter(
                        "lifeline.verifications",
                        "purpose",
                        "verify",
                        "method",
                        "totp",
                        "outcome",
                        "accepted",
                        "reason",
                        "none"));
        assertEquals(2, counter("lifeline.verifications", "outcome", "refused", "reason", "replay"));
        assertEquals(1, counter("lifeline.verifications", "method", "recovery_code", "outcome", "locked"));
    }

    @Test
    void countsSecurityEventsAndTheSignalsNamedAfterThem() {
        recorded(new SecurityEvent.AccountLocked(Instant.EPOCH, 1));
        recorded(new SecurityEvent.RecoveryCodesIssued("set", 10, null));
        recorded(new SecurityEvent.RecoveryCodeUsed("set", 9));
        recorded(new SecurityEvent.CaseOpened("case", "LOST_DEVICE"));
        recorded(new SecurityEvent.CaseDecided("case", "APPROVE", "APPROVED", Instant.EPOCH));

        assertEquals(1, counter("lifeline.locks.started"));
        assertEquals(1, counter("lifeline.recovery.code.sets.issued"));
        assertEquals(1, counter("lifeline.recovery.codes.used"));
        assertEquals(1, counter("lifeline.security.events", "type", "account_locked"));
        assertEquals(1, counter("lifeline.recovery.case.transitions", "status", "awaiting_evidence"));
        assertEquals(1, counter("lifeline.recovery.case.transitions", "status", "approved"));
    }

    private void recorded(SecurityEvent event) {
        metrics.securityEventsRecorded(
                new SecurityEventsRecorded(List.of(new SecurityEventRecorded("alice", Actor.SYSTEM, event))));
    }

    @Test
    void countsNotificationsAndShowsTheBacklog() {
        metrics.notificationAttempted(new NotificationAttempted(Channel.EMAIL, DeliveryStatus.SENT));
        metrics.notificationAttempted(new NotificationAttempted(Channel.WEBHOOK, DeliveryStatus.PENDING));
        metrics.notificationAttempted(new NotificationAttempted(Channel.WEBHOOK, DeliveryStatus.GAVE_UP));
        metrics.outboxMeasured(new OutboxBacklog(3, NOW.minusSeconds(90)));

        assertEquals(1, counter("lifeline.notifications", "channel", "email", "outcome", "delivered"));
        assertEquals(1, counter("lifeline.notifications", "channel", "webhook", "outcome", "retrying"));
        assertEquals(1, counter("lifeline.notifications", "channel", "webhook", "outcome", "failed"));
        assertEquals(3, registry.get("lifeline.outbox.backlog").gauge().value());
        assertEquals(
                90, registry.get("lifeline.outbox.oldest.age.seconds").gauge().value());

        metrics.outboxMeasured(new OutboxBacklog(0, null));
        assertEquals(
                0, registry.get("lifeline.outbox.oldest.age.seconds").gauge().value());
    }

    @Test
    void timesAuditRunsByStatusAndCountsTheirFindings() {
        metrics.auditRunEnded(new AuditRunEnded(
                "COMPLETED", Duration.ofSeconds(12), Map.of("UNUSED_RECOVERY_CODES", 4L, "BRUTE_FORCE", 1L)));
        metrics.auditRunEnded(new AuditRunEnded("FAILED", Duration.ofSeconds(3), Map.of()));

        assertEquals(
                1,
                registry.get("lifeline.audit.runs")
                        .tag("status", "completed")
                        .timer()
                        .count());
        assertEquals(
                12,
                registry.get("lifeline.audit.runs")
                        .tag("status", "completed")
                        .timer()
                        .totalTime(java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(
                1,
                registry.get("lifeline.audit.runs")
                        .tag("status", "failed")
                        .timer()
                        .count());
        assertEquals(4, counter("lifeline.audit.findings", "type", "unused_recovery_codes"));
    }
}
