package org.lifeline.recoverycase;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An ownership claim as a case view shows it. The owner's view, and support's list of cases, show what kind of claim
 * it is and where its check stands; only support's view of one case opens what was claimed (an audited read).
 */
public record OwnershipClaimView(
        String claimId,
        OwnershipClaimKind kind,
        OwnershipClaimStatus status,

        @Schema(nullable = true, description = "When the platform answered; null until it has")
        Instant checkedAt,

        @Schema(nullable = true, description = "What was claimed; only in support's view of one case")
        String reference,

        @Schema(nullable = true, description = "Only in support's view of one case, when given")
        String amount,

        @Schema(nullable = true, description = "Only in support's view of one case, when given")
        String asset,

        @Schema(nullable = true, description = "Only in support's view of one case, when given")
        LocalDate occurredOn) {

    /** Kind and status, without what was claimed. */
    static OwnershipClaimView of(OwnershipClaim claim) {
        return new OwnershipClaimView(
                claim.id(), claim.kind(), claim.status(), claim.checkedAt(), null, null, null, null);
    }

    /** Kind, status and what was claimed, opened. */
    static OwnershipClaimView of(OwnershipClaim claim, ClaimedTransaction claimed) {
        return new OwnershipClaimView(
                claim.id(),
                claim.kind(),
                claim.status(),
                claim.checkedAt(),
                claimed.reference(),
                claimed.amount(),
                claimed.asset(),
                claimed.occurredOn());
    }
}
