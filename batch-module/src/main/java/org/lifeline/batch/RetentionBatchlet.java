package org.lifeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lifeline.recoverycase.EvidenceRetention;

/**
 * Retention: purges the evidence of cases closed longer ago than the retention period, a bounded batch of cases
 * per transaction until none is left. Safe to restart: what is purged stays purged.
 */
@Named
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    @EJB
    EvidenceRetention evidence;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String casesPerTransaction;

    @Override
    public String process() {
        int batch = casesPerTransaction == null || casesPerTransaction.isBlank() ? 100
                : Integer.parseInt(casesPerTransaction.strip());
        int purged = 0;
        for (int done = evidence.purgeExpired(batch); done > 0; done = evidence.purgeExpired(batch)) {
            purged += done;
        }
        step.setExitStatus("evidence of " + purged + " cases purged");
        return "COMPLETED";
    }
}
