package org.lifeline.compliance;

import static org.lifeline.shared.JdbcTimes.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.lifeline.shared.JdbcBatch;

@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

    private static final String INSERT_REMINDER =
            "INSERT INTO audit_reminder (account_id, reminder, occasion, sent_at) VALUES (?, ?, ?, ?)";

    private static final String INSERT = "INSERT INTO audit_finding (window_start, window_end, finding_type, subject,"
            + " account_id, severity, detected_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public Set<FindingKey> keysOf(AuditWindow window, Collection<FindingType> types, Collection<String> subjects) {
        Set<FindingKey> keys = new HashSet<>();
        if (types.isEmpty() || subjects.isEmpty()) {
            return keys;
        }
        em.createNamedQuery("Finding.keysOf", Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("types", types)
                .setParameter("subjects", subjects)
                .getResultStream()
                .forEach(row -> keys.add(new FindingKey((FindingType) row[0], (String) row[1])));
        return keys;
    }

    @Override
    public void addAll(List<Finding> findings) {
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT, findings, (insert, finding) -> {
                    insert.setObject(1, utc(finding.windowStart()));
                    insert.setObject(2, utc(finding.windowEnd()));
                    insert.setString(3, finding.type().name());
                    insert.setString(4, finding.subject());
                    insert.setString(5, finding.accountId());
                    insert.setString(6, finding.severity().name());
                    insert.setObject(7, utc(finding.detectedAt()));
                    insert.setString(8, finding.detail());
                }));
    }

    @Override
    public List<Finding> find(AuditWindow window, FindingType type, Severity severity, int offset, int size) {
        return em.createNamedQuery("Finding.find", Finding.class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("type", type)
                .setParameter("severity", severity)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count(AuditWindow window, FindingType type, Severity severity) {
        return em.createNamedQuery("Finding.count", Long.class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("type", type)
                .setParameter("severity", severity)
                .getSingleResult();
    }

    @Override
    public Map<String, Long> countByType(AuditWindow window) {
        Map<String, Long> counts = new TreeMap<>();
        em.createNamedQuery("Finding.countByType", Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .getResultStream()
                .forEach(row -> counts.put(((FindingType) row[0]).name(), (Long) row[1]));
        return counts;
    }

    @Override
    public List<Findings.FindingCount> countByTypeAndSeverity(AuditWindow window) {
        return em.createNamedQuery("Finding.countByTypeAndSeverity", Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .getResultStream()
                .map(row -> new Findings.FindingCount(
                        ((FindingType) row[0]).name(), ((Severity) row[1]).name(), (Long) row[2]))
                .sorted(Comparator.comparing(Findings.FindingCount::type)
                        .thenComparing(Findings.FindingCount::severity))
                .toList();
    }

    @Override
    public Set<Reminder.Key> remindersOf(Collection<String> accountIds) {
        Set<Reminder.Key> keys = new HashSet<>();
        if (accountIds.isEmpty()) {
            return keys;
        }
        em.createQuery(
                        "select r.accountId, r.reminder, r.occasion from Reminder r where r.accountId in :accounts",
                        Object[].class)
                .setParameter("accounts", accountIds)
                .getResultStream()
                .forEach(row -> keys.add(new Reminder.Key((String) row[0], (FindingType) row[1], (String) row[2])));
        return keys;
    }

    @Override
    public void addReminders(List<Reminder> reminders) {
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT_REMINDER, reminders, (insert, sent) -> {
                    insert.setString(1, sent.accountId());
                    insert.setString(2, sent.reminder().name());
                    insert.setString(3, sent.occasion());
                    insert.setObject(4, utc(sent.sentAt()));
                }));
    }
}
