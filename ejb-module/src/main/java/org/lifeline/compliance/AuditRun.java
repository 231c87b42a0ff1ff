package org.lifeline.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One run of the compliance job: its window, the metrics of each step (for a restarted run, the latest execution
 * of each step) and its findings counted by type.
 */
public record AuditRun(
        long runId,

        @Schema(
                description = "STARTING, STARTED, COMPLETED, FAILED or STOPPED; STOPPING while a stop takes"
                        + " effect, ABANDONED once given up (POST /audit-runs/{runId}/abandonment)")
        String status,

        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true) Instant since,
        @Schema(nullable = true) Instant until,
        List<Step> steps,
        Map<String, Long> findings) {

    public record Step(
            String name,
            String status,
            long readCount,
            long writeCount,
            long filterCount,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant endedAt) {}
}
