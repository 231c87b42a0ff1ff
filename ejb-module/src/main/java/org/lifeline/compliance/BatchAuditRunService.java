package org.lifeline.compliance;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;

/** Runs are Jakarta Batch executions of {@value #JOB}, kept in the JDBC job repository on the application database. */
@Stateless
public class BatchAuditRunService implements AuditRunService {

    @Override
    public AuditRun start() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!running(operator).isEmpty()) {
            throw new ConflictException("an audit run is in progress");
        }
        return get(operator.start(JOB, new Properties()));
    }

    @Override
    public AuditRun get(long runId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            JobExecution execution = operator.getJobExecution(runId);
            if (!JOB.equals(execution.getJobName())) {
                throw new NotFoundException("no such audit run");
            }
            List<AuditRun.Step> steps = operator.getStepExecutions(runId).stream().map(BatchAuditRunService::step)
                    .toList();
            return new AuditRun(runId, execution.getBatchStatus().name(), instant(execution.getStartTime()),
                    instant(execution.getEndTime()), steps, Map.of());
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no such audit run");
        }
    }

    @Override
    public List<AuditRun> recent(int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<AuditRun> runs = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(JOB, 0, limit)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(get(execution.getExecutionId()));
                }
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        runs.sort(Comparator.comparingLong(AuditRun::runId).reversed());
        return runs.size() > limit ? runs.subList(0, limit) : runs;
    }

    private static List<Long> running(JobOperator operator) {
        try {
            return operator.getRunningExecutions(JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static AuditRun.Step step(StepExecution step) {
        long read = 0;
        long write = 0;
        long filter = 0;
        for (Metric metric : step.getMetrics()) {
            switch (metric.getType()) {
                case READ_COUNT -> read = metric.getValue();
                case WRITE_COUNT -> write = metric.getValue();
                case FILTER_COUNT -> filter = metric.getValue();
                default -> { }
            }
        }
        return new AuditRun.Step(step.getStepName(), step.getBatchStatus().name(), read, write, filter);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
