package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.EvidencePurged;
import org.lifeline.audit.SecurityEvents;

@Stateless
public class DefaultEvidenceRetention implements EvidenceRetention {

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    EvidenceRepository evidence;

    @Inject
    RecoveryCaseRepository cases;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    public int purgeExpired(int maxCases) {
        Instant cutoff = clock.instant().minus(settings.evidenceRetention());
        List<String> caseIds = evidence.casesClosedBefore(cutoff, maxCases);
        for (String caseId : caseIds) {
            int files = evidence.deleteOfCase(caseId);
            events.record(cases.accountOf(caseId).value(), Actor.SYSTEM, new EvidencePurged(caseId, files));
        }
        return caseIds.size();
    }
}
