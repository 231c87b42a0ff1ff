package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lifeline.audit.Actor;
import org.lifeline.audit.AuditEventType;
import org.lifeline.audit.AuditTrail;

@Stateless
public class DefaultEvidenceRetention implements EvidenceRetention {

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    EvidenceRepository evidence;

    @Inject
    RecoveryCaseRepository cases;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;


    @Override
    public int purgeExpired(int maxCases) {
        Instant cutoff = clock.instant().minus(settings.evidenceRetention());
        List<String> caseIds = evidence.casesClosedBefore(cutoff, maxCases);
        for (String caseId : caseIds) {
            int files = evidence.deleteOfCase(caseId);
            audit.record(cases.accountOf(caseId).value(), AuditEventType.RECOVERY_CASE_EVIDENCE_PURGED, Actor.SYSTEM,
                    Map.of("caseId", caseId, "files", String.valueOf(files)));
        }
        return caseIds.size();
    }
}
