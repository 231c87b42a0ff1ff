package org.lifeline.compliance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.audit.TrailCheckpoints;
import org.lifeline.audit.TrailSeal;

@Stateless
public class DefaultTrailSealAudit implements TrailSealAudit {

    @EJB
    TrailCheckpoints checkpoints;

    @EJB
    Findings findings;

    /** Accounts without a chain reported by one run: a handful names the problem; the query counts none beyond. */
    static final int CHAINLESS_REPORTED = 100;

    @Override
    public Optional<String> check(AuditWindow window) {
        Optional<String> problem = checkpoints.checkTrailSeal();
        List<FindingDraft> drafts = new ArrayList<>();
        problem.ifPresent(reason -> drafts.add(
                FindingDraft.of(FindingType.AUDIT_TRAIL_BROKEN, TrailSeal.SUBJECT, null, Map.of("reason", reason))));
        // about the account, but not of it: a review flag is an event on the account's chain, which is gone
        for (String account : checkpoints.accountsWithoutChain(CHAINLESS_REPORTED)) {
            drafts.add(FindingDraft.of(
                    FindingType.AUDIT_TRAIL_BROKEN, account, null, Map.of("reason", "the account's chain is gone")));
        }
        if (!drafts.isEmpty()) {
            findings.record(window, drafts);
        }
        return problem;
    }
}
