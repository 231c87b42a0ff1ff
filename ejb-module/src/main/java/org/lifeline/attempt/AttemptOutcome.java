package org.lifeline.attempt;

/** How an attempt ended. Stored by name. */
public enum AttemptOutcome {
    SUCCESS,
    /** The code was evaluated and refused; counts against the budget. */
    FAILURE,
    /** Refused unevaluated because the account was locked. */
    LOCKED,
    /**
     * A right code refused without counting against the budget: the code of a frozen authenticator, which proves the
     * holder has the device but no longer signs them in.
     */
    REFUSED
}
