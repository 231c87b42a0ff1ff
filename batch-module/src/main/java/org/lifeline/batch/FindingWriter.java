package org.lifeline.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.compliance.FindingDraft;
import org.lifeline.compliance.Findings;

/**
 * Records findings (items that are one finding or a list of them) for the run's window, in the chunk's
 * transaction; a finding already recorded for the window (a chunk done again after a restart) is skipped.
 */
@Named
@Dependent
public class FindingWriter extends AbstractItemWriter {

    @EJB
    Findings findings;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof FindingDraft draft) {
                drafts.add(draft);
            } else {
                for (Object each : (List<?>) item) {
                    drafts.add((FindingDraft) each);
                }
            }
        }
        findings.record(RunWindows.of(job), drafts);
    }
}
