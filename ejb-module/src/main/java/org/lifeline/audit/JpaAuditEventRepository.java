package org.lifeline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void addChain(AuditChain chain) {
        em.persist(chain);
    }

    @Override
    public AuditChain lockChain(String chainId) {
        return em.find(AuditChain.class, chainId, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> findByAccount(String accountId, int offset, int limit) {
        return em.createNamedQuery("AuditEvent.findByAccount", AuditEvent.class)
                .setParameter("accountId", accountId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countByAccount(String accountId) {
        return em.createNamedQuery("AuditEvent.countByAccount", Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    @Override
    public List<AuditChain> chainsAfter(String chainId, int limit) {
        return em.createNamedQuery("AuditChain.findAfter", AuditChain.class)
                .setParameter("after", chainId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> eventsAfter(String chainId, long sequence, int limit) {
        return em.createNamedQuery("AuditEvent.findInChainsAfter", AuditEvent.class)
                .setParameter("chainId", chainId)
                .setParameter("sequence", sequence)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> eventsOfChain(String chainId, long sequence, long upTo, int limit) {
        return em.createNamedQuery("AuditEvent.findInChainAfter", AuditEvent.class)
                .setParameter("chainId", chainId)
                .setParameter("sequence", sequence)
                .setParameter("upTo", upTo)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public AuditEvent eventAt(String chainId, long sequence) {
        return em.createNamedQuery("AuditEvent.findAt", AuditEvent.class)
                .setParameter("chainId", chainId)
                .setParameter("sequence", sequence)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public void release() {
        em.flush();
        em.clear();
    }

    @Override
    public List<ChainHead> chainsChangedSinceCheckpoint(String after, int limit) {
        return em.createQuery(
                        "select new org.lifeline.audit.ChainHead(c.id, c.lastSequence, c.lastHash)"
                                + " from AuditChain c left join AuditCheckpoint k on k.chainId = c.id"
                                + " where c.id > :after and (k.chainId is null or k.sequence <> c.lastSequence"
                                + " or k.hash <> c.lastHash) order by c.id",
                        ChainHead.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditCheckpoint> checkpointsOf(Collection<String> chainIds) {
        return em.createQuery("select k from AuditCheckpoint k where k.chainId in :chains", AuditCheckpoint.class)
                .setParameter("chains", chainIds)
                .getResultList();
    }

    @Override
    public List<AuditEvent> eventsFromCheckpoints(Collection<String> chainIds) {
        return em.createQuery(
                        "select e from AuditEvent e left join AuditCheckpoint k on k.chainId = e.chainId"
                                + " where e.chainId in :chains and (k.chainId is null or e.sequence >= k.sequence)"
                                + " order by e.chainId, e.sequence",
                        AuditEvent.class)
                .setParameter("chains", chainIds)
                // entries are never changed once written: no snapshots to keep for the flush
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    @Override
    public void addCheckpoint(AuditCheckpoint checkpoint) {
        em.persist(checkpoint);
    }
}
