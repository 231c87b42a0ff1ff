package org.lifeline.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of the compliance job: its window, the metrics of each step (for a restarted run, the latest execution
 * of each step) and its findings counted by type.
 */
public record AuditRun(long runId, String status, Instant startedAt, Instant endedAt, Instant since, Instant until,
        List<Step> steps, Map<String, Long> findings) {

    public record Step(String name, String status, long readCount, long writeCount, long filterCount,
            Instant startedAt, Instant endedAt) {
    }
}
