package org.lifeline.compliance;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.FlaggedForReview;
import org.lifeline.audit.SecurityEvent.ReminderSent;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

@Stateless
public class DefaultFindings implements Findings {

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int record(AuditWindow window, List<FindingDraft> drafts) {
        Instant now = clock.instant();
        java.util.Set<String> recorded = recordedKeys(window, drafts);
        int added = 0;
        for (FindingDraft draft : drafts) {
            if (draft.type().reminder() != null && draft.occasion() != null && draft.accountId() != null) {
                remind(draft, now);
            }
            if (!recorded.add(draft.type() + " " + draft.subject())) {
                continue;
            }
            em.persist(new Finding(window, draft, now));
            added++;
            if (draft.severity() == Severity.HIGH && draft.accountId() != null) {
                flag(draft, now);
            }
        }
        em.flush();
        return added;
    }

    /** The keys ("type subject") of the drafts' findings the window already holds: one query a chunk. */
    private java.util.Set<String> recordedKeys(AuditWindow window, List<FindingDraft> drafts) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        if (drafts.isEmpty()) {
            return keys;
        }
        for (Object[] row : em.createNamedQuery("Finding.keysOf", Object[].class).setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("subjects", drafts.stream().map(FindingDraft::subject).distinct().toList())
                .getResultList()) {
            keys.add(row[0] + " " + row[1]);
        }
        return keys;
    }

    private void remind(FindingDraft draft, Instant now) {
        if (em.find(Reminder.class, new Reminder.Key(draft.accountId(), draft.type(), draft.occasion())) != null) {
            return;
        }
        em.persist(new Reminder(draft.accountId(), draft.type(), draft.occasion(), now));
        events.record(draft.accountId(), Actor.SYSTEM,
                new ReminderSent(draft.type().name(), draft.type().reminder().name(), draft.detail()));
    }

    private void flag(FindingDraft draft, Instant now) {
        Account account = accounts.lock(AccountId.of(draft.accountId()));
        if (account == null || !account.flagForReview(draft.type().name(), now)) {
            return;
        }
        events.record(draft.accountId(), Actor.SYSTEM,
                new FlaggedForReview(draft.type().name(), draft.severity().name()));
    }

    @Override
    public Page<FindingView> find(AuditWindow window, FindingType type, Severity severity, PageRequest page) {
        List<FindingView> items = em.createNamedQuery("Finding.find", Finding.class)
                .setParameter("since", window.since()).setParameter("until", window.until())
                .setParameter("type", type).setParameter("severity", severity)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(Finding::view)
                .toList();
        long total = em.createNamedQuery("Finding.count", Long.class).setParameter("since", window.since())
                .setParameter("until", window.until()).setParameter("type", type).setParameter("severity", severity)
                .getSingleResult();
        return Page.of(items, page, total);
    }

    @Override
    public Map<String, Long> countByType(AuditWindow window) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createNamedQuery("Finding.countByType", Object[].class)
                .setParameter("since", window.since()).setParameter("until", window.until()).getResultList()) {
            counts.put(((FindingType) row[0]).name(), (Long) row[1]);
        }
        return counts;
    }

    @Override
    public List<FindingCount> countByTypeAndSeverity(AuditWindow window) {
        List<FindingCount> counts = new ArrayList<>();
        for (Object[] row : em.createNamedQuery("Finding.countByTypeAndSeverity", Object[].class)
                .setParameter("since", window.since()).setParameter("until", window.until()).getResultList()) {
            counts.add(new FindingCount(((FindingType) row[0]).name(), ((Severity) row[1]).name(), (Long) row[2]));
        }
        counts.sort(java.util.Comparator.comparing(FindingCount::type).thenComparing(FindingCount::severity));
        return counts;
    }
}
