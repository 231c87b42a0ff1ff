package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lifeline.account.RiskTier;

/**
 * A case as its owner and support see it, with its history, its evidence (metadata only) and its ownership claims.
 * Built by {@link CaseViews}, which decides how much of the claims each reader sees and adds support's risk signals
 * and the account's risk tier.
 */
public record CaseView(
        String id,
        String accountId,
        CaseStatus status,
        CaseReason reason,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String contactEmail,
        Instant createdAt,
        Instant expiresAt,
        @Schema(nullable = true) Instant effectiveAt,
        @Schema(nullable = true) Instant closedAt,
        List<Step> history,
        List<EvidenceView> evidence,
        List<DecisionView> decisions,
        List<OwnershipClaimView> ownershipClaims,

        @Schema(nullable = true, description = "Only in support's views: the facts to weigh before deciding")
        List<RiskSignal> riskSignals,

        @Schema(
                nullable = true,
                description = "Only in support's views: the account's risk tier (HIGH needs two approvals)")
        RiskTier accountRiskTier) {

    /** A decision, without the agent's identity (support sees that in the audit trail). */
    public record DecisionView(Decision decision, Instant decidedAt) {}

    /** One transition: {@code from} is null for the opening. */
    public record Step(@Schema(nullable = true) CaseStatus from, CaseStatus to, Instant at, String actorRole) {}

    static CaseView of(
            RecoveryCase c,
            List<Evidence> evidence,
            List<OwnershipClaimView> claims,
            List<RiskSignal> riskSignals,
            RiskTier accountRiskTier) {
        return new CaseView(
                c.id(),
                c.accountId().value(),
                c.status(),
                c.reason(),
                c.description(),
                c.contactEmail(),
                c.createdAt(),
                c.expiresAt(),
                c.effectiveAt(),
                c.closedAt(),
                c.history().stream()
                        .map(t -> new Step(t.from(), t.to(), t.at(), t.actorRole()))
                        .toList(),
                evidence.stream().map(EvidenceView::of).toList(),
                c.decisions().stream()
                        .map(d -> new DecisionView(d.decision(), d.decidedAt()))
                        .toList(),
                claims,
                riskSignals,
                accountRiskTier);
    }
}
