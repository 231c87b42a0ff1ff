package org.lifeline.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.lifeline.compliance.AccountCodes;
import org.lifeline.compliance.FindingDraft;

/** What is wrong with an account's codes as of the window's end; accounts with nothing wrong are filtered out. */
@Named
@Dependent
public class CodeFindingsProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    /** The window's end, read from the job's properties once: parsing it for every account was a tenth of the step. */
    private Instant until;

    @Override
    public Object processItem(Object item) {
        if (until == null) {
            until = RunWindows.of(job).until();
        }
        List<FindingDraft> findings = ((AccountCodes) item).findings(until);
        return findings.isEmpty() ? null : findings;
    }
}
