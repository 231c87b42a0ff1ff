package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.util.List;

/** Starting compliance runs and reading them. */
@Local
public interface AuditRunService {

    /** The job's name in {@code META-INF/batch-jobs}. */
    String JOB = "security-audit";

    /** Starts a run now; conflict while another run is in progress. */
    AuditRun start();

    /** A run; not found for an unknown id. */
    AuditRun get(long runId);

    /** The most recent runs, newest first. */
    List<AuditRun> recent(int limit);
}
