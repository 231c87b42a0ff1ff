package org.lifeline.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lifeline.notification.NotificationType.AUTHENTICATOR_REMOVED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_APPROVED;
import static org.lifeline.notification.NotificationType.RECOVERY_CASE_REJECTED;
import static org.lifeline.notification.NotificationType.RECOVERY_CODES_EXHAUSTED;
import static org.lifeline.notification.NotificationType.RECOVERY_CODES_LOW;
import static org.lifeline.notification.NotificationType.RECOVERY_CODES_REGENERATED;
import static org.lifeline.notification.NotificationType.RECOVERY_CODE_USED;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.audit.SecurityEvent;

class NotificationTableTest {

    @Test
    void aRecoveryCodeUseWarnsWhenTwoOrFewerAreLeft() {
        assertEquals(
                List.of(RECOVERY_CODE_USED), NotificationTable.callFor(new SecurityEvent.RecoveryCodeUsed("s", 3)));
        assertEquals(
                List.of(RECOVERY_CODE_USED, RECOVERY_CODES_LOW),
                NotificationTable.callFor(new SecurityEvent.RecoveryCodeUsed("s", 2)));
    }

    @Test
    void onlyARegenerationIsToldNotTheFirstSet() {
        assertEquals(List.of(), NotificationTable.callFor(new SecurityEvent.RecoveryCodesIssued("s", 10, null)));
        assertEquals(
                List.of(RECOVERY_CODES_REGENERATED),
                NotificationTable.callFor(new SecurityEvent.RecoveryCodesIssued("s", 10, "old")));
    }

    @Test
    void aResetsRemovalIsToldAsTheReset() {
        assertEquals(
                List.of(AUTHENTICATOR_REMOVED),
                NotificationTable.callFor(new SecurityEvent.AuthenticatorRemoved("a", "TOTP")));
        assertEquals(
                List.of(),
                NotificationTable.callFor(new SecurityEvent.AuthenticatorRemoved(
                        "a", SecurityEvent.AuthenticatorRemoved.BY_SECURITY_RESET)));
    }

    @Test
    void aFirstOfTwoApprovalsIsNotYetNews() {
        assertEquals(
                List.of(), NotificationTable.callFor(new SecurityEvent.CaseDecided("c", "APPROVE", "SUBMITTED", null)));
        assertEquals(
                List.of(RECOVERY_CASE_APPROVED),
                NotificationTable.callFor(new SecurityEvent.CaseDecided("c", "APPROVE", "APPROVED", Instant.EPOCH)));
        assertEquals(
                List.of(RECOVERY_CASE_REJECTED),
                NotificationTable.callFor(new SecurityEvent.CaseDecided("c", "REJECT", "REJECTED", null)));
    }

    @Test
    void aReminderIsTheOneItsFindingNames() {
        assertEquals(
                List.of(RECOVERY_CODES_EXHAUSTED),
                NotificationTable.callFor(
                        new SecurityEvent.ReminderSent("NO_CODES_LEFT", "RECOVERY_CODES_EXHAUSTED", Map.of())));
    }

    @Test
    void replaysAndReadsAreForTheTrailOnly() {
        assertEquals(List.of(), NotificationTable.callFor(new SecurityEvent.TotpReplayed("VERIFY")));
        assertEquals(List.of(), NotificationTable.callFor(new SecurityEvent.EvidenceRead("c", "e")));
    }
}
