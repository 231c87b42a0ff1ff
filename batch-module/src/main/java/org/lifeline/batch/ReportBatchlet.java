package org.lifeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lifeline.compliance.AuditReport;
import org.lifeline.compliance.AuditReports;

/** Files the run's report (findings by type and severity, step metrics, window); filing it again replaces it. */
@Named
@Dependent
public class ReportBatchlet extends AbstractBatchlet {

    @EJB
    AuditReports reports;

    @Inject
    JobContext job;

    @Override
    public String process() {
        AuditReport report = reports.file(job.getExecutionId());
        job.setExitStatus(report.totalFindings() + " findings");
        return "COMPLETED";
    }
}
