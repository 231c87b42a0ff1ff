package org.lifeline.attempt;

import java.util.Optional;
import org.lifeline.audit.SecurityEvent;
import org.lifeline.audit.SecurityEvent.CodeRefused;
import org.lifeline.audit.SecurityEvent.RecoveryCodeReused;
import org.lifeline.audit.SecurityEvent.TotpReplayed;

/**
 * Why a code was refused, for the record and the compliance job only: every one of them answers the caller with
 * the same 422. Stored by name.
 */
public enum FailureReason {
    /** Not the code of any accepted time step, or not a code at all. */
    WRONG_CODE,
    /** The code of a time step at or below the last one accepted. */
    REPLAY,
    /** The account has no authenticator that could have made the code. */
    NO_AUTHENTICATOR,
    /** The authenticator is frozen after a lost-device report. */
    FROZEN,
    /** A recovery code the account never had. */
    UNKNOWN_RECOVERY_CODE,
    /** A recovery code the account had, already used or from a replaced set: the printed sheet may have leaked. */
    RECOVERY_CODE_REUSE;

    /**
     * The security event a counted refusal records. Every counted refusal records one, of the same shape, so that a
     * code that was once valid (a replay, a reused recovery code) costs no more than one that never was: its latency
     * must not tell "this code was good once". A frozen authenticator's right code is not a counted refusal: empty.
     */
    public Optional<SecurityEvent> eventFor(AttemptPurpose purpose) {
        return switch (this) {
            case REPLAY -> Optional.of(new TotpReplayed(purpose.name()));
            case RECOVERY_CODE_REUSE -> Optional.of(new RecoveryCodeReused(purpose.name()));
            case WRONG_CODE, NO_AUTHENTICATOR, UNKNOWN_RECOVERY_CODE ->
                Optional.of(new CodeRefused(purpose.name(), name()));
            case FROZEN -> Optional.empty();
        };
    }
}
