package org.lifeline.recoverycase;

/** Where the platform's check of a claim stands. Stored by name: never rename a constant, only add. */
public enum OwnershipClaimStatus {
    /** Not answered yet: the verifier is asked, again after each failure, until it answers. */
    PENDING,
    /** The platform's ledger has it. */
    MATCHED,
    /** The platform's ledger does not have it. */
    NOT_MATCHED,
    /** No verifier was configured when the claim was made: support weighs it unchecked. */
    UNVERIFIED
}
