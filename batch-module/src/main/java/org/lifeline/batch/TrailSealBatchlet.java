package org.lifeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.lifeline.compliance.TrailSealAudit;

/**
 * Checks that the checkpoints still add up to the trail's seal before the trail check seals anything: a checkpoint
 * deleted or put back shows here, as an {@code AUDIT_TRAIL_BROKEN} finding about the trail as a whole, in every run
 * until the checkpoints are restored or an auditor accepts the trail. Safe to run again: the finding is unique.
 */
@Named
@Dependent
public class TrailSealBatchlet extends AbstractBatchlet {

    @EJB
    TrailSealAudit trailSeal;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public String process() {
        step.setExitStatus(trailSeal
                .check(RunWindows.of(job))
                .map(reason -> "broken: " + reason)
                .orElse("the checkpoints add up to the seal"));
        return "COMPLETED";
    }
}
