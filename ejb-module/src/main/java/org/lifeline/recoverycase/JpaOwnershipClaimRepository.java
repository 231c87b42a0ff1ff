package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.LockOptions;

@ApplicationScoped
public class JpaOwnershipClaimRepository implements OwnershipClaimRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void add(OwnershipClaim claim) {
        em.persist(claim);
    }

    @Override
    public List<OwnershipClaim> ofCase(String caseId) {
        return em.createNamedQuery("OwnershipClaim.findByCase", OwnershipClaim.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    @Override
    public OwnershipClaim find(String id) {
        return em.find(OwnershipClaim.class, id);
    }

    @Override
    public long countOfCase(String caseId) {
        return em.createNamedQuery("OwnershipClaim.countByCase", Long.class)
                .setParameter("caseId", caseId)
                .getSingleResult();
    }

    @Override
    public List<String> casesDue(Instant now, int limit) {
        return em
                .createNamedQuery("OwnershipClaim.findDueCases", Object[].class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }

    @Override
    public List<OwnershipClaim> lockDueOfCase(String caseId, Instant now) {
        // MariaDB 10.6+ skips rows another node holds (FOR UPDATE SKIP LOCKED); H2 ignores the hint and waits
        return em.createNamedQuery("OwnershipClaim.findDueOfCase", OwnershipClaim.class)
                .setParameter("caseId", caseId)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .getResultList();
    }

    @Override
    public List<String> casesClosedBefore(Instant cutoff, int limit) {
        return em.createNamedQuery("OwnershipClaim.findCasesClosedBefore", String.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int deleteOfCase(String caseId) {
        return em.createNamedQuery("OwnershipClaim.deleteOfCase")
                .setParameter("caseId", caseId)
                .executeUpdate();
    }
}
