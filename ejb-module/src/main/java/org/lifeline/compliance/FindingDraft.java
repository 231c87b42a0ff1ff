package org.lifeline.compliance;

import java.util.Map;
import java.util.Objects;

/**
 * A finding as a detector makes it, before it is recorded for a run window.
 *
 * @param subject what the finding is about: the account id, or a client address or audit chain for findings that
 *        are not about one account; with the window and type, the finding's natural key
 * @param accountId the account concerned, or null
 * @param occasion for findings that remind the account holder: the instance of the condition (such as the code set)
 *        a reminder is sent once for; null otherwise
 * @param detail facts for the reader, never a secret or a code
 */
public record FindingDraft(
        FindingType type,
        String subject,
        String accountId,
        Severity severity,
        Map<String, String> detail,
        String occasion) {

    public FindingDraft {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(severity, "severity");
        detail = Map.copyOf(detail);
    }

    /** A finding about one account, at the type's own severity. */
    public static FindingDraft ofAccount(FindingType type, String accountId, Map<String, String> detail) {
        return of(type, accountId, accountId, detail);
    }

    /** A finding about {@code subject} (an account's chain, or the trail as a whole with no account), at the type's severity. */
    public static FindingDraft of(FindingType type, String subject, String accountId, Map<String, String> detail) {
        return new FindingDraft(type, subject, accountId, type.severity(), detail, null);
    }

    public FindingDraft withSeverity(Severity raised) {
        return new FindingDraft(type, subject, accountId, raised, detail, occasion);
    }

    public FindingDraft withOccasion(String reminderOccasion) {
        return new FindingDraft(type, subject, accountId, severity, detail, reminderOccasion);
    }
}
