package org.lifeline.recoverycase;

/**
 * A fact about a case that support should weigh before deciding it: computed from what Lifeline holds, never typed in.
 * A signal is not a verdict: an owner who truly lost everything may well have no proof of ownership.
 */
public enum RiskSignal {
    /** No ownership claim of the case was matched by the platform's ledger (none made, unanswered, or not matched). */
    NO_OWNERSHIP_PROOF,
    /** The platform's ledger did not match at least one of the owner's claims. */
    OWNERSHIP_CLAIM_MISMATCH,
    /** An evidence file of the case is byte for byte one held on a case of another account. */
    SHARED_EVIDENCE,
    /**
     * A TOTP or recovery code of the account was accepted shortly before the case was opened, or since: someone holds
     * a factor the case says is lost.
     */
    FACTOR_USED_RECENTLY,
    /** A compliance finding flagged the account for a security review that support has not cleared. */
    ACCOUNT_UNDER_REVIEW
}
