package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/** Starting compliance runs and reading them. */
@Local
public interface AuditRunService {

    /** The job's name in {@code META-INF/batch-jobs}. */
    String JOB = "security-audit";

    /**
     * Starts a run now; conflict while another run is in progress. Without {@code since}, a run that was stopped or
     * failed (or cut off by a crash) is restarted from its checkpoints, over its own window; otherwise a new run
     * covers the time since the last completed run (everything, before the first). With {@code since}, a new run
     * covers the time from then.
     */
    AuditRun start(Instant since);

    /** A run; not found for an unknown id. */
    AuditRun get(long runId);

    /** The window of a run; not found for an unknown id or a run without one. */
    AuditWindow windowOf(long runId);

    /** The most recent runs, newest first. */
    List<AuditRun> recent(int limit);

    /**
     * Restarts the runs a crash of this server cut off (still recorded as started). Called at startup; a run
     * another node is still executing is left alone.
     */
    void restartInterrupted();
}
