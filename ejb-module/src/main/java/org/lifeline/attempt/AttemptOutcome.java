package org.lifeline.attempt;

/** How an attempt ended. Stored by name. */
public enum AttemptOutcome {
    SUCCESS,
    /** The code was evaluated and refused; counts against the budget. */
    FAILURE,
    /** Refused unevaluated because the account was locked. */
    LOCKED
}
