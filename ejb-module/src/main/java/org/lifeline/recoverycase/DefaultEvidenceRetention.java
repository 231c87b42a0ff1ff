package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    @Inject
    OwnershipClaimRepository claims;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    public int purgeExpired(int maxCases) {
        Instant cutoff = clock.instant().minus(settings.evidenceRetention());
        Set<String> caseIds = new LinkedHashSet<>(evidence.casesClosedBefore(cutoff, maxCases));
        caseIds.addAll(claims.casesClosedBefore(cutoff, maxCases));
        List<String> purged = caseIds.stream().limit(maxCases).toList();
        for (String caseId : purged) {
            int files = evidence.deleteOfCase(caseId);
            int claimsDeleted = claims.deleteOfCase(caseId);
            events.record(
                    cases.accountOf(caseId).value(), Actor.SYSTEM, new EvidencePurged(caseId, files, claimsDeleted));
        }
        return purged.size();
    }
}
