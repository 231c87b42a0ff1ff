package org.lifeline.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.audit.ChainHead;
import org.lifeline.audit.ChainVerification.BrokenEntry;
import org.lifeline.audit.TrailCheckpoints;
import org.lifeline.compliance.FindingDraft;
import org.lifeline.compliance.FindingType;
import org.lifeline.compliance.Findings;

/**
 * Verifies a chunk of chains from their sealed checkpoints and seals their heads, together and in the chunk's
 * transaction; each broken chain becomes a finding.
 */
@Named
@Dependent
public class TrailCheckWriter extends AbstractItemWriter {

    @EJB
    TrailCheckpoints checkpoints;

    @EJB
    Findings findings;

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<ChainHead> heads = new ArrayList<>(items.size());
        for (Object item : items) {
            heads.add((ChainHead) item);
        }
        List<FindingDraft> drafts = new ArrayList<>();
        for (BrokenEntry broken : checkpoints.checkAndSeal(heads)) {
            drafts.add(finding(broken));
        }
        if (!drafts.isEmpty()) {
            findings.record(RunWindows.of(job), drafts);
        }
    }

    private static FindingDraft finding(BrokenEntry broken) {
        Map<String, String> detail = new HashMap<>();
        detail.put("chain", broken.chainId());
        detail.put("sequence", String.valueOf(broken.sequence()));
        detail.put("reason", broken.reason());
        if (broken.id() != null) {
            detail.put("entryId", broken.id().toString());
        }
        return FindingDraft.of(FindingType.AUDIT_TRAIL_BROKEN, broken.chainId(), broken.accountId(), detail);
    }
}
