package org.lifeline.lockout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.VerificationAttempt;

@ApplicationScoped
public class JpaFailureBudgetRepository implements FailureBudgetRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public FailureBudget find(AccountId account) {
        return em.find(FailureBudget.class, account.value());
    }

    @Override
    public BudgetedAccount lockWithAccount(AccountId account) {
        List<Object[]> rows = em.createNamedQuery("FailureBudget.lockWithAccount", Object[].class)
                .setParameter("accountId", account.value())
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new BudgetedAccount((Account) row[0], (FailureBudget) row[1]);
    }

    @Override
    public void add(FailureBudget budget) {
        em.persist(budget);
    }

    @Override
    public void addAttempt(VerificationAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Instant nthLatestFailureSince(AccountId account, int n, Instant since) {
        return em
                .createNamedQuery("VerificationAttempt.failuresSince", Instant.class)
                .setParameter("accountId", account.value())
                .setParameter("since", since)
                .setFirstResult(n - 1)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public int countFailuresSince(AccountId account, Instant since) {
        return em.createNamedQuery("VerificationAttempt.countFailuresSince", Long.class)
                .setParameter("accountId", account.value())
                .setParameter("since", since)
                .getSingleResult()
                .intValue();
    }

    /** JPQL has no bounded bulk delete: the ids first (at most {@code max}), then one delete of those ids. */
    @Override
    public int deleteAttemptsBefore(Instant cutoff, int max) {
        List<Long> ids = em.createNamedQuery("VerificationAttempt.idsBefore", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
        return ids.isEmpty()
                ? 0
                : em.createNamedQuery("VerificationAttempt.deleteIds")
                        .setParameter("ids", ids)
                        .executeUpdate();
    }
}
