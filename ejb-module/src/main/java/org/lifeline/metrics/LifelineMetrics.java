package org.lifeline.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lifeline.attempt.CodeAttempted;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.SecurityEvent.CaseDecided;
import org.lifeline.audit.SecurityEventRecorded;
import org.lifeline.audit.SecurityEventsRecorded;
import org.lifeline.compliance.AuditRunEnded;
import org.lifeline.notification.NotificationAttempted;
import org.lifeline.notification.OutboxBacklog;
import org.lifeline.ownershipcheck.OwnershipCheckAttempted;
import org.lifeline.shared.LockContentionRetried;

/**
 * Counts the domain's facts as Prometheus users expect them: {@code lifeline_*_total} counters with lower-case
 * labels, a timer of compliance runs, and the outbox backlog as two gauges (the README describes each). Label values
 * come from enums only, never from an account, a code or any other input, so the number of series stays small and
 * nothing personal is exported. Meters are made with the registry's own {@code counter}, {@code timer} and
 * {@code gauge} methods: the registry WildFly gives a deployment forwards those to the server's registries (and so
 * to {@code /metrics}), while a meter built with {@code Counter.builder(...).register(registry)} stays in the
 * deployment's registry and is never exported.
 */
@ApplicationScoped
public class LifelineMetrics {

    static final String NONE = "none";

    private static final Map<AuditEventType, String> CASE_STATUS_OF = Map.of(
            AuditEventType.RECOVERY_CASE_OPENED, "awaiting_evidence",
            AuditEventType.RECOVERY_CASE_SUBMITTED, "submitted",
            AuditEventType.RECOVERY_CASE_APPLIED, "applied",
            AuditEventType.RECOVERY_CASE_CANCELLED, "cancelled",
            AuditEventType.RECOVERY_CASE_EXPIRED, "expired");

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    /** Counters by name and tags; the tags come from enums, so the map stays small. */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    private volatile OutboxBacklog backlog = new OutboxBacklog(0, null);

    @PostConstruct
    void registerGauges() {
        registry.gauge("lifeline.outbox.backlog", Tags.empty(), this, m -> m.backlog.undelivered());
        registry.gauge("lifeline.outbox.oldest.age.seconds", Tags.empty(), this, LifelineMetrics::oldestAgeSeconds);
    }

    /** Every code offered on any path: accepted, refused (with the reason class) or refused unevaluated while locked. */
    void codeAttempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodeAttempted attempt) {
        counter(
                        "lifeline.verifications",
                        "purpose",
                        label(attempt.purpose()),
                        "method",
                        label(attempt.method()),
                        "outcome",
                        switch (attempt.outcome()) {
                            case SUCCESS -> "accepted";
                            case FAILURE, REFUSED -> "refused";
                            case LOCKED -> "locked";
                        },
                        "reason",
                        attempt.reason() == null ? NONE : label(attempt.reason()))
                .increment();
    }

    void securityEventsRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityEventsRecorded recorded) {
        recorded.events().forEach(this::count);
    }

    private void count(SecurityEventRecorded event) {
        counter("lifeline.security.events", "type", label(event.type())).increment();
        switch (event.type()) {
            case ACCOUNT_LOCKED -> counter("lifeline.locks.started").increment();
            case RECOVERY_CODES_ISSUED ->
                counter("lifeline.recovery.code.sets.issued").increment();
            case RECOVERY_CODE_USED -> counter("lifeline.recovery.codes.used").increment();
            default -> {}
        }
        String caseStatus = event.event() instanceof CaseDecided decided
                ? decided.status().toLowerCase(Locale.ROOT)
                : CASE_STATUS_OF.get(event.type());
        if (caseStatus != null && !caseStatus.isEmpty()) {
            counter("lifeline.recovery.case.transitions", "status", caseStatus).increment();
        }
    }

    void notificationAttempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationAttempted attempt) {
        counter(
                        "lifeline.notifications",
                        "channel",
                        label(attempt.channel()),
                        "outcome",
                        switch (attempt.status()) {
                            case SENT -> "delivered";
                            case PENDING -> "retrying";
                            case GAVE_UP -> "failed";
                        })
                .increment();
    }

    /** Every call to the platform's ownership verifier, by how it ended. */
    void ownershipCheckAttempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OwnershipCheckAttempted attempt) {
        counter("lifeline.ownership.checks", "outcome", label(attempt.outcome()))
                .increment();
    }

    /** Every request run again after the database rolled it back to settle a lock race, and every one given up on. */
    void lockContentionRetried(@Observes LockContentionRetried retried) {
        counter("lifeline.lock.contention.retries", "outcome", label(retried.outcome()))
                .increment();
    }

    void outboxMeasured(@Observes OutboxBacklog measured) {
        this.backlog = measured;
    }

    void auditRunEnded(@Observes AuditRunEnded run) {
        registry.timer("lifeline.audit.runs", "status", run.status().toLowerCase(Locale.ROOT))
                .record(run.duration());
        run.findingsByType()
                .forEach((type, count) -> counter("lifeline.audit.findings", "type", type.toLowerCase(Locale.ROOT))
                        .increment(count));
    }

    private double oldestAgeSeconds() {
        Instant oldest = backlog.oldestCreatedAt();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /**
     * The registry's counter of that name and tags, asked for once: the registry looks the meter up on each call (a
     * search across the server's registries), which every verification paid for.
     */
    private Counter counter(String name, String... tags) {
        List<String> key = new ArrayList<>(tags.length + 1);
        key.add(name);
        key.addAll(List.of(tags));
        return counters.computeIfAbsent(key, unused -> registry.counter(name, tags));
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
