package org.lifeline.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.lifeline.audit.ChainVerification.BrokenEntry;
import org.lifeline.audit.TrailCheckpoints;
import org.lifeline.compliance.FindingDraft;
import org.lifeline.compliance.FindingType;

/**
 * Verifies one chain from its sealed checkpoint and seals its head, in the chunk's transaction; a broken chain
 * becomes a finding, an intact one is filtered out.
 */
@Named
@Dependent
public class TrailCheckProcessor implements ItemProcessor {

    @EJB
    TrailCheckpoints checkpoints;

    @Override
    public Object processItem(Object chainId) {
        BrokenEntry broken = checkpoints.checkAndSeal(chainId.toString());
        if (broken == null) {
            return null;
        }
        Map<String, String> detail = new HashMap<>();
        detail.put("chain", broken.chainId());
        detail.put("sequence", String.valueOf(broken.sequence()));
        detail.put("reason", broken.reason());
        if (broken.id() != null) {
            detail.put("entryId", broken.id().toString());
        }
        return new FindingDraft(
                FindingType.AUDIT_TRAIL_BROKEN,
                broken.chainId(),
                broken.accountId(),
                FindingType.AUDIT_TRAIL_BROKEN.severity(),
                detail,
                null);
    }
}
