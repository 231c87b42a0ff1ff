package org.lifeline.recoverycase;

import java.util.List;

/**
 * The claims of one case that are due for a check, opened for the platform's verifier, and locked until the
 * transaction that asked for them ends.
 *
 * @param attempts the most tries any of them has had: what the next wait follows from
 */
public record ClaimsToCheck(String caseId, String accountId, List<Claim> claims, int attempts) {

    /** One claim as the verifier reads it. */
    public record Claim(String claimId, OwnershipClaimKind kind, ClaimedTransaction claimed) {}

    public boolean isEmpty() {
        return claims.isEmpty();
    }
}
