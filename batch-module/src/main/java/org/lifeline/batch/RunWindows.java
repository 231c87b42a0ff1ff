package org.lifeline.batch;

import jakarta.batch.runtime.context.JobContext;
import org.lifeline.compliance.AuditWindow;

/** The window of the running job, from the job-level properties its parameters set. */
final class RunWindows {

    private RunWindows() {
    }

    static AuditWindow of(JobContext job) {
        AuditWindow window = AuditWindow.of(job.getProperties());
        if (window == null) {
            throw new IllegalStateException("the job was started without a window (since, until)");
        }
        return window;
    }

    static int positive(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        int parsed = Integer.parseInt(value.strip());
        if (parsed < 1) {
            throw new IllegalArgumentException("a size must be positive: " + parsed);
        }
        return parsed;
    }
}
