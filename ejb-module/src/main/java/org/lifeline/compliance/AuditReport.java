package org.lifeline.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lifeline.audit.TrailSealView;

/**
 * What a completed run reports: its window, its findings counted by type and severity, and its steps' metrics.
 *
 * @param runId the execution that completed the run
 * @param trailSeal the trail's seal when the report was filed, after the run's trail check: kept with an exported
 *        report, it pins the state of the audit trail (null in reports filed before it existed, or when its row is gone)
 */
public record AuditReport(
        long runId,
        @Schema(nullable = true) Instant since,
        Instant until,
        Instant generatedAt,
        long totalFindings,
        Map<String, Long> findingsBySeverity,
        List<Findings.FindingCount> findings,
        List<AuditRun.Step> steps,
        @Schema(nullable = true) TrailSealView trailSeal) {}
