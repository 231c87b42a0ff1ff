package org.lifeline.lockout;

import org.lifeline.audit.AuditEventType;

/**
 * Why a code was refused, for the record and the compliance job only: every one of them answers the caller with
 * the same 422. Stored by name.
 */
public enum FailureReason {
    /** Not the code of any accepted time step, or not a code at all. */
    WRONG_CODE(null),
    /** The code of a time step at or below the last one accepted. */
    REPLAY(AuditEventType.TOTP_REPLAY),
    /** The account has no authenticator that could have made the code. */
    NO_AUTHENTICATOR(null),
    /** The authenticator is frozen after a lost-device report. */
    FROZEN(null),
    /** A recovery code the account never had. */
    UNKNOWN_RECOVERY_CODE(null),
    /** A recovery code the account had, already used or from a replaced set: the printed sheet may have leaked. */
    RECOVERY_CODE_REUSE(AuditEventType.RECOVERY_CODE_REUSE);

    private final AuditEventType auditEvent;

    FailureReason(AuditEventType auditEvent) {
        this.auditEvent = auditEvent;
    }

    /** The security event this refusal is besides a failure, or null when it is only a failure. */
    public AuditEventType auditEvent() {
        return auditEvent;
    }
}
