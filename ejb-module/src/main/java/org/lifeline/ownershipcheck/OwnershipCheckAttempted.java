package org.lifeline.ownershipcheck;

/** Fired once per call to the verifier, in the transaction that records its result: what the metrics count. */
public record OwnershipCheckAttempted(CheckOutcome outcome, int claims) {}
