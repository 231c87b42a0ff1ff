package org.lifeline.compliance;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AuditRunAbandoned;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.NotFoundException;

/**
 * Runs are Jakarta Batch executions of {@value #JOB}, kept in the JDBC job repository on the application database.
 * The node that starts or restarts a run owns it ({@link RunOwnership}) until it ends; {@link RunWatch} restarts the
 * run of a node that is gone.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchAuditRunService implements AuditRunService {

    private static final Logger LOG = Logger.getLogger(BatchAuditRunService.class.getName());
    /** JBeret's job parameter for how a restart treats an execution still recorded as executing. */
    private static final String RESTART_MODE = "jberet.restart.mode";

    private static final Set<BatchStatus> UNFINISHED = Set.of(BatchStatus.STOPPED, BatchStatus.FAILED);
    private static final Set<BatchStatus> ACTIVE =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @EJB
    RunStartGate gate;

    @EJB
    Findings findings;

    @EJB
    AuditReports reports;

    @EJB
    RunAbandonment abandonment;

    @Inject
    Clock clock;

    @Inject
    ComplianceSettings settings;

    @Inject
    SecretPhraseGuard phrases;

    @EJB
    RunOwnership ownership;

    @Inject
    LocalRuns local;

    @Override
    public AuditRun start(Instant since) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Instant now = clock.instant();
        if (since != null && (!since.isBefore(now) || since.isBefore(Instant.EPOCH))) {
            // an instant the database cannot store would fail the run, and every restart of it, in the job
            throw new InvalidRequestException("since must be an instant in the past, from 1970-01-01T00:00:00Z on");
        }
        gate.enter(() -> !running(operator).isEmpty());
        try {
            if (since == null) {
                Long unfinished = latestUnfinished(operator);
                if (unfinished != null) {
                    int failures = failuresInARow(operator, unfinished);
                    if (failures < settings.abandonAfterFailures()) {
                        return get(owned(restart(operator, unfinished, null)));
                    }
                    giveUp(operator, unfinished, failures);
                }
            }
            Instant from = since != null ? since : lastWindowEndOr(Instant.EPOCH, now);
            return get(owned(operator.start(JOB, parameters(new AuditWindow(from, now)))));
        } finally {
            gate.leave();
        }
    }

    /** A run that failed as often in a row as the settings allow is abandoned, and a new run starts instead. */
    private void giveUp(JobOperator operator, long runId, int failures) {
        abandonment.abandon(
                abandoned(
                        operator,
                        runId,
                        failures,
                        "failed " + failures + " times in a row: a restart does not mend it, a new run goes on"),
                Actor.SYSTEM);
        LOG.warning(() -> "compliance run " + runId + " failed " + failures + " times in a row and was abandoned;"
                + " a new run starts where the last completed run ended (the server log of the failures says why)");
    }

    @Override
    public AuditRun abandon(long runId, String note, Actor auditor) {
        phrases.screen("note", note, null, auditor);
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, runId);
        BatchStatus status = execution.getBatchStatus();
        if (ACTIVE.contains(status)) {
            throw new ConflictException("run " + runId + " is " + status + ": stop it first, then abandon it");
        }
        if (!UNFINISHED.contains(status)) {
            throw new ConflictException(
                    "run " + runId + " is " + status + ": only a stopped or failed run can be" + " abandoned");
        }
        long latest = latestExecution(operator, runId);
        if (latest != runId) {
            throw new ConflictException("run " + runId + " was restarted as run " + latest + ": abandon that one");
        }
        gate.enter(() -> !running(operator).isEmpty());
        try {
            abandonment.abandon(abandoned(operator, runId, failuresInARow(operator, runId), note.strip()), auditor);
        } finally {
            gate.leave();
        }
        LOG.info(() -> "compliance run " + runId + " was abandoned by " + auditor.subject());
        return get(runId);
    }

    private static AuditRunAbandoned abandoned(JobOperator operator, long runId, int failures, String note) {
        AuditWindow window = AuditWindow.of(operator.getParameters(runId));
        return new AuditRunAbandoned(
                runId,
                operator.getJobExecution(runId).getBatchStatus().name(),
                window == null ? null : window.since(),
                window == null ? null : window.until(),
                failures,
                note);
    }

    /** The executions of the run's instance, newest first: a restart is a new execution of the same instance. */
    private static List<JobExecution> executionsNewestFirst(JobOperator operator, long runId) {
        List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(operator.getJobInstance(runId)));
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return executions;
    }

    private static long latestExecution(JobOperator operator, long runId) {
        return executionsNewestFirst(operator, runId).get(0).getExecutionId();
    }

    /** How many of the run's executions, from the newest back, failed. */
    private static int failuresInARow(JobOperator operator, long runId) {
        int failures = 0;
        for (JobExecution execution : executionsNewestFirst(operator, runId)) {
            if (execution.getBatchStatus() != BatchStatus.FAILED) {
                break;
            }
            failures++;
        }
        return failures;
    }

    /** The window and the tunables from configuration; a restart keeps the ones its run started with. */
    private Properties parameters(AuditWindow window) {
        Properties parameters = window.asJobParameters();
        parameters.putAll(settings.asJobParameters());
        return parameters;
    }

    private Instant lastWindowEndOr(Instant first, Instant now) {
        Instant last = reports.lastWindowEnd();
        return last == null || !last.isBefore(now) ? first : last;
    }

    /**
     * Restarts with the parameters its run started with; a tunable added since then comes from configuration. A
     * restart mode (JBeret's {@code jberet.restart.mode}) is for a run still recorded as executing.
     */
    private long restart(JobOperator operator, long executionId, String restartMode) {
        Properties parameters = settings.asJobParameters();
        parameters.putAll(operator.getParameters(executionId));
        if (restartMode != null) {
            parameters.setProperty(RESTART_MODE, restartMode);
        }
        long restarted = operator.restart(executionId, parameters);
        LOG.info(() -> "compliance run " + executionId + " restarted as " + restarted);
        return restarted;
    }

    /** This node executes the execution: its owner from now on. */
    private long owned(long executionId) {
        local.add(executionId);
        ownership.record(executionId);
        return executionId;
    }

    /** Beats for the runs this node executes, and forgets those that ended. */
    public void beatForLocalRuns() {
        for (long executionId : local.executions()) {
            if (isActive(executionId)) {
                ownership.beat(executionId);
            } else {
                local.remove(executionId);
            }
        }
    }

    /** Whether the execution is recorded as starting, started or stopping. */
    public boolean isActive(long executionId) {
        try {
            return ACTIVE.contains(
                    BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    /**
     * Restarts here, from its checkpoints, a run still recorded as executing whose node is gone (this node claimed
     * it: {@link RunOwnership#claimOrphan}). JBeret's "force" restart mode marks the dead execution failed and starts
     * the next; its default mode would refuse a run it did not start in this very JVM, or, on a node that never
     * started it, restart a run that may be alive elsewhere, which is why the owner's heartbeat decides instead.
     */
    public void takeOver(long executionId) {
        long restarted = owned(restart(BatchRuntime.getJobOperator(), executionId, "force"));
        LOG.warning(() -> "compliance run " + executionId + " lost its node (" + RunTakeover.STALE_AFTER_MILLIS / 1000
                + " s without a heartbeat, or this node restarted); restarted here as " + restarted
                + " from its checkpoints");
    }

    /** The latest execution of the newest instance, if it stopped or failed (a new run then restarts it). */
    private static Long latestUnfinished(JobOperator operator) {
        try {
            List<JobInstance> newest = operator.getJobInstances(JOB, 0, 1);
            if (newest.isEmpty()) {
                return null;
            }
            JobExecution latest = operator.getJobExecutions(newest.get(0)).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .orElse(null);
            return latest != null && UNFINISHED.contains(latest.getBatchStatus()) ? latest.getExecutionId() : null;
        } catch (NoSuchJobException e) {
            return null;
        }
    }

    @Override
    public AuditRun get(long runId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution execution = execution(operator, runId);
        AuditWindow window = AuditWindow.of(operator.getParameters(runId));
        return new AuditRun(
                runId,
                execution.getBatchStatus().name(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                window == null ? null : window.since(),
                window == null ? null : window.until(),
                steps(operator, runId),
                window == null ? Map.of() : findings.countByType(window));
    }

    @Override
    public AuditWindow windowOf(long runId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        execution(operator, runId);
        AuditWindow window = AuditWindow.of(operator.getParameters(runId));
        if (window == null) {
            throw new NotFoundException("the audit run has no window");
        }
        return window;
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

    private static JobExecution execution(JobOperator operator, long runId) {
        try {
            JobExecution execution = operator.getJobExecution(runId);
            if (!JOB.equals(execution.getJobName())) {
                throw new NotFoundException("no such audit run");
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no such audit run");
        }
    }

    private static List<Long> running(JobOperator operator) {
        try {
            return operator.getRunningExecutions(JOB).stream()
                    .filter(id -> ACTIVE.contains(operator.getJobExecution(id).getBatchStatus()))
                    .toList();
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    /**
     * The latest execution of each step up to this run: a restarted run does not run again the steps that
     * completed before, so their metrics come from the execution that ran them.
     */
    private static List<AuditRun.Step> steps(JobOperator operator, long runId) {
        JobInstance instance = operator.getJobInstance(runId);
        List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(instance));
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId));
        Map<String, AuditRun.Step> latest = new LinkedHashMap<>();
        for (JobExecution execution : executions) {
            if (execution.getExecutionId() > runId) {
                break;
            }
            for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
                latest.remove(step.getStepName());
                latest.put(step.getStepName(), step(step));
            }
        }
        List<AuditRun.Step> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparing(AuditRun.Step::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
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
                default -> {}
            }
        }
        return new AuditRun.Step(
                step.getStepName(),
                step.getBatchStatus().name(),
                read,
                write,
                filter,
                // the batch module's StepStartRecorder keeps the start; the operator's is wrong for partitioned steps
                step.getPersistentUserData() instanceof Instant started ? started : instant(step.getStartTime()),
                instant(step.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
