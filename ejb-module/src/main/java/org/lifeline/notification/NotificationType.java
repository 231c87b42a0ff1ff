package org.lifeline.notification;

/**
 * What a notification tells the owner. Stored by name; each has the subject line its e-mail carries, and is urgent
 * when the owner must hear it before an attacker's next step (a factor changed or used, a lock, a freeze, a reset
 * opened, approved or applied): those go before routine ones and by a lane of their own ({@link NotificationSender}).
 */
public enum NotificationType {
    AUTHENTICATOR_ENROLLED("An authenticator app was linked to your account", true),
    AUTHENTICATOR_REMOVED("The authenticator app was removed from your account", true),
    DEVICE_REPORTED_LOST("Your authenticator device was reported lost", true),
    AUTHENTICATOR_RESTORED("Your authenticator app works again: the lost-device freeze was lifted", true),
    RECOVERY_CODE_USED("A recovery code was used to access your account", true),
    RECOVERY_CODES_LOW("You are running out of recovery codes", false),
    RECOVERY_CODES_REGENERATED("New recovery codes were generated for your account", true),
    ACCOUNT_LOCKED("Your account was locked after failed sign-in codes", true),
    RECOVERY_CASE_OPENED("A security reset of your account was requested", true),
    RECOVERY_CASE_CANCELLED("The security reset of your account was cancelled", true),
    RECOVERY_CASE_SUBMITTED("Your security reset request was submitted for review", false),
    RECOVERY_CASE_APPROVED("A security reset of your account was approved", true),
    RECOVERY_CASE_REJECTED("The security reset of your account was rejected", false),
    RECOVERY_CASE_APPLIED("The security reset of your account took effect", true),
    RECOVERY_CASE_EXPIRED("Your security reset request expired unattended", false),
    RECOVERY_CODES_EXHAUSTED("You have no recovery codes left", false),
    RECOVERY_CODES_REGENERATION_DUE("Your used recovery codes still need replacing", false),
    RECOVERY_CODES_CHECKUP("Time for a check-up of your recovery codes", false),
    ACCOUNT_UNDER_REVIEW("Your account is under a security review", false),
    TOTP_BARRED("Your authenticator codes are refused after too many wrong ones: use a recovery code", true),
    SECRET_PHRASE_REFUSED(
            "A wallet recovery phrase was sent to Lifeline and refused: no one from us will ever ask for it, never"
                    + " share it",
            true);

    private final String subject;
    private final boolean urgent;

    NotificationType(String subject, boolean urgent) {
        this.subject = subject;
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }

    public String subject() {
        return subject;
    }
}
