package org.lifeline.notification;

import static org.lifeline.notification.NotificationType.ACCOUNT_LOCKED;
import static org.lifeline.notification.NotificationType.ACCOUNT_UNDER_REVIEW;
import static org.lifeline.notification.NotificationType.AUTHENTICATOR_ENROLLED;
import static org.lifeline.notification.NotificationType.AUTHENTICATOR_REMOVED;
import static org.lifeline.notification.NotificationType.AUTHENTICATOR_RESTORED;
import static org.lifeline.notification.NotificationType.DEVICE_REPORTED_LOST;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_APPLIED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_APPROVED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_CANCELLED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_EXPIRED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_OPENED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_REJECTED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_SUBMITTED;
import static org.lifeline.notification.NotificationType.RECOVERY_CODES_LOW;
import static org.lifeline.notification.NotificationType.RECOVERY_CODES_REGENERATED;
import static org.lifeline.notification.NotificationType.RECOVERY_CODE_USED;

import java.util.List;
import org.lifeline.audit.SecurityEvent;
import org.lifeline.audit.SecurityEvent.AuthenticatorRemoved;
import org.lifeline.audit.SecurityEvent.CaseDecided;
import org.lifeline.audit.SecurityEvent.RecoveryCodeUsed;
import org.lifeline.audit.SecurityEvent.RecoveryCodesIssued;
import org.lifeline.audit.SecurityEvent.ReminderSent;

/**
 * What the owner is told about each security event: the one table. The switch covers every event type, so the
 * compiler asks for a decision whenever a type is added. The notification carries the event's own details.
 */
final class NotificationTable {

    /** At or below this many unused recovery codes, a use also warns that the codes are running out. */
    static final int RECOVERY_CODES_LOW_AT = 2;

    private NotificationTable() {}

    static List<NotificationType> callFor(SecurityEvent event) {
        return switch (event.type()) {
            case ACCOUNT_CREATED,
                    ACCOUNT_PROFILE_CHANGED,
                    AUTHENTICATOR_ENROLLMENT_STARTED,
                    AUTHENTICATOR_SECRET_SHOWN,
                    TOTP_REPLAY,
                    CODE_REFUSED,
                    ACCOUNT_UNLOCKED,
                    RECOVERY_CODES_REVOKED,
                    RECOVERY_CODE_REUSE,
                    RECOVERY_CASE_EVIDENCE_ADDED,
                    RECOVERY_CASE_EVIDENCE_READ,
                    RECOVERY_CASE_EVIDENCE_PURGED,
                    AUDIT_TRAIL_SEALED,
                    AUDIT_TRAIL_ACCEPTED,
                    AUDIT_RUN_ABANDONED,
                    REVIEW_CLEARED,
                    SENSITIVE_ACTION_AUTHORIZED,
                    SENSITIVE_ACTION_HELD,
                    OWNERSHIP_CLAIM_ADDED,
                    OWNERSHIP_CLAIM_CHECKED,
                    OWNERSHIP_CLAIMS_READ,
                    AUDIT_LOG_EXPORTED -> List.of();
            case AUTHENTICATOR_CONFIRMED -> List.of(AUTHENTICATOR_ENROLLED);
            // a reset's removal is told as part of the reset taking effect
            case AUTHENTICATOR_REMOVED ->
                ((AuthenticatorRemoved) event).bySecurityReset() ? List.of() : List.of(AUTHENTICATOR_REMOVED);
            case SECRET_PHRASE_REFUSED -> List.of(NotificationType.SECRET_PHRASE_REFUSED);
            case AUTHENTICATOR_FROZEN -> List.of(DEVICE_REPORTED_LOST);
            case AUTHENTICATOR_UNFROZEN -> List.of(AUTHENTICATOR_RESTORED);
            case ACCOUNT_LOCKED -> List.of(ACCOUNT_LOCKED);
            case TOTP_BARRED -> List.of(NotificationType.TOTP_BARRED);
            // a first set comes with the enrollment the owner is already told about
            case RECOVERY_CODES_ISSUED ->
                ((RecoveryCodesIssued) event).replacesASet() ? List.of(RECOVERY_CODES_REGENERATED) : List.of();
            case RECOVERY_CODE_USED ->
                ((RecoveryCodeUsed) event).remaining() <= RECOVERY_CODES_LOW_AT
                        ? List.of(RECOVERY_CODE_USED, RECOVERY_CODES_LOW)
                        : List.of(RECOVERY_CODE_USED);
            case RECOVERY_CASE_OPENED -> List.of(RECOVERY_CASE_OPENED);
            case RECOVERY_CASE_CANCELLED -> List.of(RECOVERY_CASE_CANCELLED);
            case RECOVERY_CASE_SUBMITTED -> List.of(RECOVERY_CASE_SUBMITTED);
            // a first approval of two is not yet news for the owner
            case RECOVERY_CASE_DECIDED ->
                switch (((CaseDecided) event).status()) {
                    case CaseDecided.APPROVED -> List.of(RECOVERY_CASE_APPROVED);
                    case CaseDecided.REJECTED -> List.of(RECOVERY_CASE_REJECTED);
                    default -> List.of();
                };
            case RECOVERY_CASE_APPLIED -> List.of(RECOVERY_CASE_APPLIED);
            case RECOVERY_CASE_EXPIRED -> List.of(RECOVERY_CASE_EXPIRED);
            case ACCOUNT_FLAGGED_FOR_REVIEW -> List.of(ACCOUNT_UNDER_REVIEW);
            // the finding's type names its reminder
            case COMPLIANCE_REMINDER_SENT -> List.of(NotificationType.valueOf(((ReminderSent) event).reminder()));
        };
    }
}
