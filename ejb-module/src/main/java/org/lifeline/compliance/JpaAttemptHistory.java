package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.lifeline.attempt.AttemptOutcome;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;

@ApplicationScoped
public class JpaAttemptHistory implements AttemptHistory {

    private static final String IN_WINDOW = " a.attemptedAt >= :since and a.attemptedAt < :until";
    private static final List<AttemptOutcome> REFUSED = List.of(AttemptOutcome.FAILURE, AttemptOutcome.LOCKED);

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public List<Count> refusalsByAccount(AuditWindow window, long min, String after, int size) {
        return windowed(
                        "select a.accountId, count(a) from VerificationAttempt a where" + IN_WINDOW
                                + " and a.outcome in :refused and a.accountId > :after group by a.accountId"
                                + " having count(a) >= :min order by a.accountId",
                        window,
                        after,
                        size)
                .setParameter("refused", REFUSED)
                .setParameter("min", min)
                .getResultStream()
                .map(JpaAttemptHistory::count)
                .toList();
    }

    @Override
    public List<AddressCount> refusalsByAddress(AuditWindow window, long min, String after, int size) {
        return windowed(
                        "select a.clientAddress, count(distinct a.accountId), count(a)"
                                + " from VerificationAttempt a where" + IN_WINDOW + " and a.outcome in :refused"
                                + " and a.clientAddress is not null and a.clientAddress > :after group by a.clientAddress"
                                + " having count(distinct a.accountId) >= :min order by a.clientAddress",
                        window,
                        after,
                        size)
                .setParameter("refused", REFUSED)
                .setParameter("min", min)
                .getResultStream()
                .map(row ->
                        new AddressCount((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<Count> refusalsFor(FailureReason reason, AuditWindow window, String after, int size) {
        return windowed(
                        "select a.accountId, count(a) from VerificationAttempt a where" + IN_WINDOW
                                + " and a.reason = :reason and a.accountId > :after group by a.accountId order by a.accountId",
                        window,
                        after,
                        size)
                .setParameter("reason", reason)
                .getResultStream()
                .map(JpaAttemptHistory::count)
                .toList();
    }

    @Override
    public List<String> recoveryCodeUsers(AuditWindow window, String after, int size) {
        return em.createQuery(
                        "select a.accountId from VerificationAttempt a where" + IN_WINDOW
                                + " and a.method = :recovery and a.outcome = :success and a.accountId > :after"
                                + " group by a.accountId order by a.accountId",
                        String.class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("after", after)
                .setMaxResults(size)
                .setParameter("recovery", CodeMethod.RECOVERY_CODE)
                .setParameter("success", AttemptOutcome.SUCCESS)
                .getResultList();
    }

    @Override
    public List<Success> successesOf(String accountId, Instant from, Instant until) {
        return em.createQuery(
                        "select a.method, a.attemptedAt from VerificationAttempt a"
                                + " where a.accountId = :account and a.outcome = :success and a.attemptedAt >= :from"
                                + " and a.attemptedAt < :until order by a.attemptedAt, a.id",
                        Object[].class)
                .setParameter("account", accountId)
                .setParameter("success", AttemptOutcome.SUCCESS)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultStream()
                .map(row -> new Success((CodeMethod) row[0], (Instant) row[1]))
                .toList();
    }

    @Override
    public List<Count> sharedEvidence(AuditWindow window, String after, int size) {
        return em.createQuery(
                        "select c.accountId, count(distinct c2.accountId)"
                                + " from Evidence e, RecoveryCase c, Evidence e2, RecoveryCase c2"
                                + " where e.caseId = c.id and e2.caseId = c2.id and e2.sha256 = e.sha256"
                                + " and c2.accountId <> c.accountId and c.accountId > :after"
                                + " and ((e.uploadedAt >= :since and e.uploadedAt < :until)"
                                + " or (e2.uploadedAt >= :since and e2.uploadedAt < :until))"
                                + " group by c.accountId order by c.accountId",
                        Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("after", after)
                .setMaxResults(size)
                .getResultStream()
                .map(JpaAttemptHistory::count)
                .toList();
    }

    private TypedQuery<Object[]> windowed(String jpql, AuditWindow window, String after, int size) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("since", window.since())
                .setParameter("until", window.until())
                .setParameter("after", after)
                .setMaxResults(size);
    }

    private static Count count(Object[] row) {
        return new Count((String) row[0], ((Number) row[1]).longValue());
    }
}
