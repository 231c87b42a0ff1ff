package org.lifeline.audit;

/** The kinds of security event the trail records. Stored by name: never rename a constant, only add. */
public enum AuditEventType {
    ACCOUNT_CREATED,
    ACCOUNT_PROFILE_CHANGED,
    AUTHENTICATOR_ENROLLMENT_STARTED,
    AUTHENTICATOR_CONFIRMED,
    AUTHENTICATOR_REMOVED,
    AUTHENTICATOR_FROZEN,
    TOTP_REPLAY,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    RECOVERY_CODES_ISSUED,
    RECOVERY_CODES_REVOKED,
    RECOVERY_CODE_USED,
    RECOVERY_CODE_REUSE
}
