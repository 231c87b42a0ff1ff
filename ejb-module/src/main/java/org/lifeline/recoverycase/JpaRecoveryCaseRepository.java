package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.lifeline.account.AccountId;

@ApplicationScoped
public class JpaRecoveryCaseRepository implements RecoveryCaseRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public RecoveryCase find(String id) {
        return id == null || id.length() > 36 ? null : em.find(RecoveryCase.class, id);
    }

    @Override
    public AccountId accountOf(String caseId) {
        if (caseId == null || caseId.length() > 36) {
            return null;
        }
        return em
                .createNamedQuery("RecoveryCase.accountOf", String.class)
                .setParameter("id", caseId)
                // a case's account never changes: no need to flush (and dirty-check) the whole context first, which
                // made expiring a chunk of cases quadratic in its size
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .stream()
                .findFirst()
                .map(AccountId::of)
                .orElse(null);
    }

    @Override
    public List<String> dueIds(Instant now, int limit) {
        return em.createNamedQuery("RecoveryCase.findDueIds", String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AccountId> accountsOf(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("RecoveryCase.accountsOf", String.class)
                .setParameter("ids", caseIds)
                // as accountOf: a case's account never changes
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .map(AccountId::of)
                .toList();
    }

    @Override
    public List<RecoveryCase> findAll(Collection<String> ids) {
        return em.unwrap(Session.class).byMultipleIds(RecoveryCase.class).multiLoad(List.copyOf(ids)).stream()
                .filter(Objects::nonNull)
                .toList();
    }

    @Override
    public List<String> unattendedIdsAfter(String after, Instant now, int limit) {
        return em.createNamedQuery("RecoveryCase.findUnattendedIds", String.class)
                .setParameter("after", after)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public RecoveryCase findOpen(AccountId account) {
        return em
                .createNamedQuery("RecoveryCase.findOpen", RecoveryCase.class)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public CaseAllowance allowanceUsedSince(AccountId account, Instant since) {
        Object[] row = em.createNamedQuery("RecoveryCase.allowanceUsed", Object[].class)
                .setParameter("accountId", account.value())
                .setParameter("since", since)
                .getSingleResult();
        return new CaseAllowance(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (Instant) row[2]);
    }

    @Override
    public List<RecoveryCase> findPage(CaseStatus status, boolean oldestFirst, int offset, int limit) {
        String order = oldestFirst ? "OldestFirst" : "";
        TypedQuery<RecoveryCase> query = status == null
                ? em.createNamedQuery("RecoveryCase.findAll" + order, RecoveryCase.class)
                : em.createNamedQuery("RecoveryCase.findByStatus" + order, RecoveryCase.class)
                        .setParameter("status", status);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(CaseStatus status) {
        TypedQuery<Long> query = status == null
                ? em.createNamedQuery("RecoveryCase.countAll", Long.class)
                : em.createNamedQuery("RecoveryCase.countByStatus", Long.class).setParameter("status", status);
        return query.getSingleResult();
    }

    @Override
    public void addNow(RecoveryCase recoveryCase) {
        em.persist(recoveryCase);
        em.flush();
    }
}
