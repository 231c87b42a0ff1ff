package org.lifeline.attempt;

/** The path that took a code. All of them draw on the same failure budget. Stored by name. */
public enum AttemptPurpose {
    VERIFY(true),
    /** The first code of a newly enrolled app: it proves the app, not the holder. */
    CONFIRM_ENROLLMENT(false),
    REMOVE_AUTHENTICATOR(true),
    REGENERATE_RECOVERY_CODES(true),
    /** The path that cancels a reset by itself. */
    CANCEL_RECOVERY_CASE(false),
    /** A right code of a frozen app, with the undo token from the freeze's notification, lifts the freeze. */
    UNDO_FREEZE(true),
    /** A fresh code that authorizes one sensitive action (a withdrawal) when nothing holds them. */
    STEP_UP(true);

    private final boolean usesEstablishedFactor;

    AttemptPurpose(boolean usesEstablishedFactor) {
        this.usesEstablishedFactor = usesEstablishedFactor;
    }

    /** Whether a right code on this path is a factor the holder already had: then it is a {@link FactorUsed}. */
    public boolean usesEstablishedFactor() {
        return usesEstablishedFactor;
    }
}
