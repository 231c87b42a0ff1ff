package org.lifeline.ownershipcheck;

/** How one call to the platform's verifier ended; a metric's label, so names only, never a value from the call. */
public enum CheckOutcome {
    /** A usable answer: the claims it names are matched or not. */
    ANSWERED,
    /** No connection, or the connection broke. */
    UNREACHABLE,
    /** No whole answer within the timeout. */
    TIMED_OUT,
    /** An answer with a status other than 2xx. */
    HTTP_ERROR,
    /** An answer whose {@code Lifeline-Signature} is wrong, stale, or missing where one is required. */
    BAD_SIGNATURE,
    /** An answer that is not {@code {results: [{claimId, matched}]}}, or too large. */
    GARBAGE
}
