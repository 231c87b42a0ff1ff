package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;
import org.lifeline.audit.Actor;

/** Starting compliance runs and reading them. */
@Local
public interface AuditRunService {

    /** The job's name in {@code META-INF/batch-jobs}. */
    String JOB = "security-audit";

    /**
     * Starts a run now; conflict while another run is in progress. Without {@code since}, a run that was stopped or
     * failed (or cut off by a crash) is restarted from its checkpoints, over its own window; otherwise a new run
     * covers the time since the last completed run (everything, before the first). With {@code since}, a new run
     * covers the time from then. A run that failed as many times in a row as
     * {@link ComplianceSettings#abandonAfterFailures()} is abandoned (by the system, on the trail) instead of being
     * restarted once more, and a new run starts.
     */
    AuditRun start(Instant since);

    /**
     * Gives up a stopped or failed run, so that the next start without {@code since} begins a new run instead of
     * restarting it; records {@code AUDIT_RUN_ABANDONED} with the note on the system chain. Not found for an unknown
     * run; conflict for a run that is running, completed or already abandoned, or was restarted as a later run.
     */
    AuditRun abandon(long runId, String note, Actor auditor);

    /** A run; not found for an unknown id. */
    AuditRun get(long runId);

    /** The window of a run; not found for an unknown id or a run without one. */
    AuditWindow windowOf(long runId);

    /** The most recent runs, newest first. */
    List<AuditRun> recent(int limit);
}
