package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as its owner and support see it, with its history and its evidence (metadata only). */
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
        List<DecisionView> decisions) {

    /** A decision, without the agent's identity (support sees that in the audit trail). */
    public record DecisionView(Decision decision, Instant decidedAt) {}

    /** One transition: {@code from} is null for the opening. */
    public record Step(@Schema(nullable = true) CaseStatus from, CaseStatus to, Instant at, String actorRole) {}

    static CaseView of(RecoveryCase c, List<Evidence> evidence) {
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
                        .toList());
    }
}
