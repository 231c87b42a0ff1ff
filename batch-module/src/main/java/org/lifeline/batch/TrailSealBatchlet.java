package org.lifeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.audit.TrailCheckpoints;
import org.lifeline.audit.TrailSeal;
import org.lifeline.compliance.FindingDraft;
import org.lifeline.compliance.FindingType;
import org.lifeline.compliance.Findings;

/**
 * Checks that the checkpoints still add up to the trail's seal before the trail check seals anything: a checkpoint
 * deleted or put back shows here, as an {@code AUDIT_TRAIL_BROKEN} finding about the trail as a whole, in every run
 * until the checkpoints are restored or an auditor accepts the trail. Safe to run again: the finding is unique.
 */
@Named
@Dependent
public class TrailSealBatchlet extends AbstractBatchlet {

    @EJB
    TrailCheckpoints checkpoints;

    @EJB
    Findings findings;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public String process() {
        Optional<String> problem = checkpoints.checkTrailSeal();
        if (problem.isPresent()) {
            findings.record(
                    RunWindows.of(job),
                    List.of(FindingDraft.of(
                            FindingType.AUDIT_TRAIL_BROKEN, TrailSeal.SUBJECT, null, Map.of("reason", problem.get()))));
        }
        step.setExitStatus(problem.map(reason -> "broken: " + reason).orElse("the checkpoints add up to the seal"));
        return "COMPLETED";
    }
}
