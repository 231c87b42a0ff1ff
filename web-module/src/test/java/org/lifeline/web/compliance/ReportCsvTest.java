package org.lifeline.web.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.audit.TrailSealView;
import org.lifeline.compliance.AuditReport;
import org.lifeline.compliance.AuditRun;
import org.lifeline.compliance.Findings;

class ReportCsvTest {

    @Test
    void oneTableWithAHeaderAndCrlfLines() {
        Instant since = Instant.parse("2026-11-24T02:00:00Z");
        Instant until = Instant.parse("2026-11-25T02:00:00Z");
        AuditReport report = new AuditReport(
                7,
                since,
                until,
                until,
                3,
                Map.of("HIGH", 3L),
                List.of(new Findings.FindingCount("SPRAYING", "HIGH", 3)),
                List.of(new AuditRun.Step("code-audit", "COMPLETED", 10, 2, 8, since, until)),
                new TrailSealView(12, 40, "ab".repeat(32), "cd".repeat(32), until, null));
        assertEquals(
                ReportCsv.HEADER + "\r\n"
                        + "run,7,,3,,,,,2026-11-24T02:00:00Z,2026-11-25T02:00:00Z\r\n"
                        + "finding,SPRAYING,HIGH,3,,,,,,\r\n"
                        + "step,code-audit,,,COMPLETED,10,2,8,2026-11-24T02:00:00Z,2026-11-25T02:00:00Z\r\n"
                        + "seal," + "cd".repeat(32) + ",,12," + "ab".repeat(32) + ",,,,2026-11-25T02:00:00Z,\r\n",
                ReportCsv.of(report));
    }
}
