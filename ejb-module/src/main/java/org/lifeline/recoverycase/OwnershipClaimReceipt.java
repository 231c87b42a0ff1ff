package org.lifeline.recoverycase;

/** The answer to a new ownership claim: its id, its kind and where its check stands. */
public record OwnershipClaimReceipt(String claimId, OwnershipClaimKind kind, OwnershipClaimStatus status) {

    static OwnershipClaimReceipt of(OwnershipClaim claim) {
        return new OwnershipClaimReceipt(claim.id(), claim.kind(), claim.status());
    }
}
