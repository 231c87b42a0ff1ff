package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.time.Instant;

/** The reports of completed runs. */
@Local
public interface AuditReports {

    /** Builds the report of the run's window and steps so far and files it under the run's job instance. */
    AuditReport file(long runId);

    /** The report of the run (or of the run it restarted); not found until the run filed one. */
    AuditReport of(long runId);

    /** Where the last completed run's window ended, or null before the first. */
    Instant lastWindowEnd();
}
