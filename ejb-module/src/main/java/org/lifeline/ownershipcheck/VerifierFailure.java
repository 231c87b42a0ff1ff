package org.lifeline.ownershipcheck;

/** A call to the verifier that brought no usable answer; the message never holds what a claim says. */
class VerifierFailure extends Exception {

    private final CheckOutcome outcome;

    VerifierFailure(CheckOutcome outcome, String message) {
        super(message);
        this.outcome = outcome;
    }

    CheckOutcome outcome() {
        return outcome;
    }
}
