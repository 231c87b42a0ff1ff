package org.lifeline.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One run of the compliance job, with the metrics of each step and its findings counted by type. */
public record AuditRun(long runId, String status, Instant startedAt, Instant endedAt, List<Step> steps,
        Map<String, Long> findings) {

    public record Step(String name, String status, long readCount, long writeCount, long filterCount) {
    }
}
