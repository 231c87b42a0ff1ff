package org.lifeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lifeline.lockout.AttemptRetention;
import org.lifeline.recoverycase.EvidenceRetention;

/**
 * Retention: purges the evidence of cases closed longer ago than its retention period, and verification attempts
 * older than theirs, a bounded batch per transaction until none is left. The audit trail is kept. Safe to restart:
 * what is purged stays purged.
 */
@Named
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    @EJB
    EvidenceRetention evidence;

    @EJB
    AttemptRetention attempts;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String casesPerTransaction;

    @Override
    public String process() {
        int batch = RunWindows.positive(casesPerTransaction, "casesPerTransaction");
        int cases = 0;
        for (int done = evidence.purgeExpired(batch); done > 0; done = evidence.purgeExpired(batch)) {
            cases += done;
        }
        int attemptRows = 0;
        for (int done = attempts.purgeExpired(batch * 10); done > 0; done = attempts.purgeExpired(batch * 10)) {
            attemptRows += done;
        }
        step.setExitStatus("evidence of " + cases + " cases and " + attemptRows + " attempts purged");
        return "COMPLETED";
    }
}
