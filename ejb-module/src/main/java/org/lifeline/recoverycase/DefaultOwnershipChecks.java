package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.OwnershipClaimChecked;
import org.lifeline.audit.SecurityEvents;

@Stateless
public class DefaultOwnershipChecks implements OwnershipChecks {

    /** Why a claim the verifier's answer left out is asked about again. */
    static final String NOT_IN_ANSWER = "not in the verifier's answer";

    @Inject
    OwnershipClaimRepository claims;

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    CaseViews views;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    public List<String> casesDue(int limit) {
        return claims.casesDue(clock.instant(), limit);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ClaimsToCheck lockDue(String caseId) {
        List<OwnershipClaim> due = claims.lockDueOfCase(caseId, clock.instant());
        if (due.isEmpty()) {
            return new ClaimsToCheck(caseId, null, List.of(), 0);
        }
        return new ClaimsToCheck(
                caseId,
                cases.accountOf(caseId).value(),
                due.stream()
                        .map(claim -> new ClaimsToCheck.Claim(claim.id(), claim.kind(), views.opened(claim)))
                        .toList(),
                due.stream().mapToInt(OwnershipClaim::checkAttempts).max().orElse(0));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void answered(ClaimsToCheck asked, Map<String, Boolean> matched, Duration wait) {
        Instant now = clock.instant();
        for (ClaimsToCheck.Claim each : asked.claims()) {
            OwnershipClaim claim = claims.find(each.claimId());
            if (claim == null || claim.status() != OwnershipClaimStatus.PENDING) {
                continue;
            }
            Boolean answer = matched.get(claim.id());
            if (answer == null) {
                claim.unanswered(NOT_IN_ANSWER, now, wait);
                continue;
            }
            claim.answered(answer, now);
            events.record(
                    asked.accountId(),
                    Actor.SYSTEM,
                    new OwnershipClaimChecked(
                            asked.caseId(), claim.id(), claim.status().name()));
        }
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void unanswered(ClaimsToCheck asked, String error, Duration wait) {
        Instant now = clock.instant();
        for (ClaimsToCheck.Claim each : asked.claims()) {
            OwnershipClaim claim = claims.find(each.claimId());
            if (claim != null && claim.status() == OwnershipClaimStatus.PENDING) {
                claim.unanswered(error, now, wait);
            }
        }
    }
}
