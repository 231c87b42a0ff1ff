package org.lifeline.compliance;

import java.time.Instant;

/** Storage of the reports runs file, one per job instance (a restarted run refiles its own). */
public interface FiledReportRepository {

    /** The instance's report, or null when none was filed yet. */
    FiledReport find(long jobInstanceId);

    void add(FiledReport report);

    /** The end of the latest window any report covers, or null before the first. */
    Instant lastWindowEnd();
}
