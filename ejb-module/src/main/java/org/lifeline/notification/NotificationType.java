package org.lifeline.notification;

/** What a notification tells the owner. Stored by name; each has the subject line its e-mail carries. */
public enum NotificationType {
    AUTHENTICATOR_ENROLLED("An authenticator app was linked to your account"),
    AUTHENTICATOR_REMOVED("The authenticator app was removed from your account"),
    DEVICE_REPORTED_LOST("Your authenticator device was reported lost"),
    RECOVERY_CODE_USED("A recovery code was used to access your account"),
    RECOVERY_CODES_LOW("You are running out of recovery codes"),
    RECOVERY_CODES_REGENERATED("New recovery codes were generated for your account"),
    ACCOUNT_LOCKED("Your account was locked after failed sign-in codes"),
    RECOVERY_CASE_OPENED("A security reset of your account was requested"),
    RECOVERY_CASE_CANCELLED("The security reset of your account was cancelled"),
    RECOVERY_CASE_SUBMITTED("Your security reset request was submitted for review"),
    RECOVERY_CASE_APPROVED("A security reset of your account was approved"),
    RECOVERY_CASE_REJECTED("The security reset of your account was rejected"),
    RECOVERY_CASE_APPLIED("The security reset of your account took effect"),
    RECOVERY_CASE_EXPIRED("Your security reset request expired unattended"),
    RECOVERY_CODES_EXHAUSTED("You have no recovery codes left"),
    RECOVERY_CODES_REGENERATION_DUE("Your used recovery codes still need replacing"),
    RECOVERY_CODES_CHECKUP("Time for a check-up of your recovery codes"),
    ACCOUNT_UNDER_REVIEW("Your account is under a security review"),
    TOTP_BARRED("Your authenticator codes are refused after too many wrong ones: use a recovery code");

    private final String subject;

    NotificationType(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
