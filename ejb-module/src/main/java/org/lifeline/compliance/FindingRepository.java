package org.lifeline.compliance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Storage of the findings of run windows and of the reminders they sent. */
public interface FindingRepository {

    /**
     * The keys of the window's findings of any of {@code types} about any of {@code subjects} (a superset of the
     * pairs asked about): one query for a chunk of drafts.
     */
    Set<FindingKey> keysOf(AuditWindow window, Collection<FindingType> types, Collection<String> subjects);

    /**
     * Writes the findings at once, in the caller's transaction (one JDBC batch: a chunk's findings are hundreds of
     * rows), so that a duplicate key fails in this chunk's transaction.
     */
    void addAll(List<Finding> findings);

    /** The window's findings in id order, optionally of one type and severity (null for any). */
    List<Finding> find(AuditWindow window, FindingType type, Severity severity, int offset, int size);

    long count(AuditWindow window, FindingType type, Severity severity);

    /** How many findings of each type (by name) the window has; types without any are left out. */
    Map<String, Long> countByType(AuditWindow window);

    /** How many findings of each type and severity the window has, by type then severity. */
    List<Findings.FindingCount> countByTypeAndSeverity(AuditWindow window);

    /** The keys of the reminders already sent to any of those accounts: one query for a chunk of drafts. */
    Set<Reminder.Key> remindersOf(Collection<String> accountIds);

    /** Records reminders sent, in one batch. */
    void addReminders(List<Reminder> reminders);

    /** A finding's natural key within its window. */
    record FindingKey(FindingType type, String subject) {}
}
