package org.lifeline.lockout;

/** The path that took a code. All of them draw on the same failure budget. Stored by name. */
public enum AttemptPurpose {
    VERIFY,
    CONFIRM_ENROLLMENT,
    REMOVE_AUTHENTICATOR,
    REGENERATE_RECOVERY_CODES,
    CANCEL_RECOVERY_CASE
}
