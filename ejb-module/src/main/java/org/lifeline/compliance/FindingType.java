package org.lifeline.compliance;

import org.lifeline.notification.NotificationType;

/**
 * What the compliance job looks for, with the severity a finding of the type has unless its detector raises it,
 * and the reminder the account holder gets (once per occasion), if any. Stored by name: only add.
 */
public enum FindingType {
    /** An active authenticator and no recovery code left to fall back on. */
    NO_CODES_LEFT(Severity.MEDIUM, NotificationType.RECOVERY_CODES_EXHAUSTED),
    /** Fewer than four codes left. */
    FEW_CODES_LEFT(Severity.LOW, NotificationType.RECOVERY_CODES_LOW),
    /** A code was used more than a week ago and the set was never replaced. */
    REGENERATION_OVERDUE(Severity.MEDIUM, NotificationType.RECOVERY_CODES_REGENERATION_DUE),
    /** A set never used and older than a year: a periodic check-up that the sheet is still at hand. */
    CODES_UNCHECKED(Severity.LOW, NotificationType.RECOVERY_CODES_CHECKUP),
    /** Unused codes still valid on an account without an active or frozen authenticator: must never happen. */
    CODES_WITHOUT_AUTHENTICATOR(Severity.HIGH, null),
    /** Many refused codes on one account. */
    BRUTE_FORCE(Severity.MEDIUM, null),
    /** One client address refused on many accounts. */
    SPRAYING(Severity.HIGH, null),
    /** TOTP codes of already used time steps. */
    TOTP_REPLAY(Severity.MEDIUM, null),
    /** Already consumed recovery codes offered again: the printed sheet may have leaked. */
    RECOVERY_CODE_REUSE(Severity.HIGH, null),
    /** A recovery code used while the authenticator app had been in use shortly before. */
    RECOVERY_CODE_WHILE_TOTP_IN_USE(Severity.MEDIUM, null),
    /** The same evidence file (by SHA-256) in security-reset cases of different accounts. */
    SHARED_EVIDENCE(Severity.HIGH, null),
    /** An audit chain that no longer verifies, or no longer matches its sealed checkpoint. */
    AUDIT_TRAIL_BROKEN(Severity.HIGH, null);

    private final Severity severity;
    private final NotificationType reminder;

    FindingType(Severity severity, NotificationType reminder) {
        this.severity = severity;
        this.reminder = reminder;
    }

    public Severity severity() {
        return severity;
    }

    /** The reminder sent to the account holder, or null when the finding is for staff only. */
    public NotificationType reminder() {
        return reminder;
    }
}
