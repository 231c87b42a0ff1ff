package org.lifeline.compliance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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

    @Override
    public Optional<String> check(AuditWindow window) {
        Optional<String> problem = checkpoints.checkTrailSeal();
        problem.ifPresent(reason -> findings.record(
                window,
                List.of(FindingDraft.of(
                        FindingType.AUDIT_TRAIL_BROKEN, TrailSeal.SUBJECT, null, Map.of("reason", reason)))));
        return problem;
    }
}
