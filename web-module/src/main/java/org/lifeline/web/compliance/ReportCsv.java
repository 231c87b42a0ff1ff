package org.lifeline.web.compliance;

import java.util.List;
import org.lifeline.audit.TrailSealView;
import org.lifeline.compliance.AuditReport;
import org.lifeline.compliance.AuditRun;
import org.lifeline.compliance.Findings;
import org.lifeline.web.CsvField;

/**
 * A report as one CSV table (RFC 4180, CRLF lines, a header row): {@code section,name,severity,count,status,
 * readCount,writeCount,filterCount,startedAt,endedAt}, one row for the window, one per finding type and severity,
 * one per step, and a {@code seal} row for the trail's seal (its MAC as the name, the checkpoints as the count, the
 * digest of their seals as the status).
 */
final class ReportCsv {

    static final String HEADER =
            "section,name,severity,count,status,readCount,writeCount,filterCount,startedAt,endedAt";

    private ReportCsv() {}

    static String of(AuditReport report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        row(
                csv,
                "run",
                String.valueOf(report.runId()),
                "",
                String.valueOf(report.totalFindings()),
                "",
                "",
                "",
                "",
                String.valueOf(report.since()),
                String.valueOf(report.until()));
        for (Findings.FindingCount count : report.findings()) {
            row(csv, "finding", count.type(), count.severity(), String.valueOf(count.count()), "", "", "", "", "", "");
        }
        for (AuditRun.Step step : report.steps()) {
            row(
                    csv,
                    "step",
                    step.name(),
                    "",
                    "",
                    step.status(),
                    String.valueOf(step.readCount()),
                    String.valueOf(step.writeCount()),
                    String.valueOf(step.filterCount()),
                    text(step.startedAt()),
                    text(step.endedAt()));
        }
        TrailSealView seal = report.trailSeal();
        if (seal != null) {
            row(
                    csv,
                    "seal",
                    text(seal.seal()),
                    "",
                    String.valueOf(seal.checkpoints()),
                    text(seal.sealsDigest()),
                    "",
                    "",
                    "",
                    text(seal.sealedAt()),
                    text(seal.brokenAt()));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(String.join(",", List.of(fields).stream().map(CsvField::of).toList()))
                .append("\r\n");
    }
}
