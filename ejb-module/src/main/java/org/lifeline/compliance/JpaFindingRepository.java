package org.lifeline.compliance;

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

@ApplicationScoped
public class JpaFindingRepository implements FindingRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public Set<FindingKey> keysOf(AuditWindow window, Collection<String> subjects) {
        Set<FindingKey> keys = new HashSet<>();
        if (subjects.isEmpty()) {
            return keys;
        }
        em.createNamedQuery("Finding.keysOf", Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("subjects", subjects)
                .getResultStream()
                .forEach(row -> keys.add(new FindingKey((FindingType) row[0], (String) row[1])));
        return keys;
    }

    @Override
    public void add(Finding finding) {
        em.persist(finding);
    }

    @Override
    public void flush() {
        em.flush();
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
    public void addReminder(Reminder reminder) {
        em.persist(reminder);
    }
}
