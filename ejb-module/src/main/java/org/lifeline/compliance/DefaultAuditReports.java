package org.lifeline.compliance;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.audit.AuditTrail;
import org.lifeline.shared.NotFoundException;

@Stateless
public class DefaultAuditReports implements AuditReports {

    /** The step that files the report is running while it does; the report shows the steps before it. */
    static final String REPORT_STEP = "report";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    FiledReportRepository reports;

    @EJB
    AuditRunService runs;

    @EJB
    Findings findings;

    @EJB
    AuditTrail trail;

    @Inject
    Clock clock;

    @Override
    public AuditReport file(long runId) {
        AuditRun run = runs.get(runId);
        AuditWindow window = runs.windowOf(runId);
        List<Findings.FindingCount> counts = findings.countByTypeAndSeverity(window);
        Map<String, Long> bySeverity = new TreeMap<>();
        long total = 0;
        for (Findings.FindingCount count : counts) {
            bySeverity.merge(count.severity(), count.count(), Long::sum);
            total += count.count();
        }
        List<AuditRun.Step> steps = run.steps().stream()
                .filter(step -> !REPORT_STEP.equals(step.name()))
                .toList();
        AuditReport report = new AuditReport(
                runId,
                window.since(),
                window.until(),
                clock.instant(),
                total,
                bySeverity,
                counts,
                steps,
                trail.seal().orElse(null));
        long instance = instanceOf(runId);
        FiledReport filed = reports.find(instance);
        if (filed == null) {
            filed = new FiledReport(instance);
            filed.file(window, JSON.toJson(report), clock.instant());
            reports.add(filed);
        } else {
            filed.file(window, JSON.toJson(report), clock.instant());
        }
        return report;
    }

    @Override
    public AuditReport of(long runId) {
        runs.get(runId);
        FiledReport filed = reports.find(instanceOf(runId));
        if (filed == null) {
            throw new NotFoundException("the audit run has no report yet: it is filed when the run completes");
        }
        return JSON.fromJson(filed.body(), AuditReport.class);
    }

    @Override
    public Instant lastWindowEnd() {
        return reports.lastWindowEnd();
    }

    private static long instanceOf(long runId) {
        return BatchRuntime.getJobOperator().getJobInstance(runId).getInstanceId();
    }
}
