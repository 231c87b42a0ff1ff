package org.lifeline.batch;

import jakarta.batch.runtime.context.JobContext;
import org.lifeline.compliance.AuditWindow;

/** The window of the running job, from the job-level properties its parameters set. */
final class RunWindows {

    private RunWindows() {}

    static AuditWindow of(JobContext job) {
        AuditWindow window = AuditWindow.of(job.getProperties());
        if (window == null) {
            throw new IllegalStateException("the job was started without a window (since, until)");
        }
        return window;
    }

    /**
     * A required positive size from a job property ({@code name} for the message). The job gets every one of them
     * from ComplianceSettings; a missing one is a job started without them, not a default to guess.
     */
    static int positive(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the job was started without its " + name + " parameter");
        }
        int parsed = Integer.parseInt(value.strip());
        if (parsed < 1) {
            throw new IllegalArgumentException(name + " must be positive: " + parsed);
        }
        return parsed;
    }
}
