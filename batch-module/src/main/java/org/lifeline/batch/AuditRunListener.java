package org.lifeline.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.compliance.AuditReports;
import org.lifeline.compliance.AuditRunEnded;
import org.lifeline.compliance.Findings;

/**
 * Tells how a run ended ({@link AuditRunEnded}): its status, how long it ran and, once completed, its findings by
 * type from the report it filed. In {@code afterJob} the batch status is still the running one: STARTED ends as
 * COMPLETED, STOPPING as STOPPED, FAILED stays.
 */
@Named
@Dependent
public class AuditRunListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @EJB
    AuditReports reports;

    @Inject
    Event<AuditRunEnded> ended;

    @Override
    public void afterJob() {
        BatchStatus status = switch (job.getBatchStatus()) {
            case STARTED -> BatchStatus.COMPLETED;
            case STOPPING -> BatchStatus.STOPPED;
            default -> job.getBatchStatus();
        };
        Date started = BatchRuntime.getJobOperator()
                .getJobExecution(job.getExecutionId())
                .getStartTime();
        // Real time, as JBeret's start time is: a development server's moved clock must not stretch the duration.
        Duration ran = started == null ? Duration.ZERO : Duration.between(started.toInstant(), Instant.now());
        Map<String, Long> findings = new TreeMap<>();
        if (status == BatchStatus.COMPLETED) {
            for (Findings.FindingCount count : reports.of(job.getExecutionId()).findings()) {
                findings.merge(count.type(), count.count(), Long::sum);
            }
        }
        ended.fire(new AuditRunEnded(status.name(), ran, findings));
    }
}
