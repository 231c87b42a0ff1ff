package org.lifeline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.lifeline.shared.JdbcBatch;
import org.lifeline.shared.JdbcTimes;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    private static final String INSERT_EVENT = "INSERT INTO audit_event (chain_id, sequence_no, account_id, event_type,"
            + " actor_subject, actor_role, occurred_at, details, previous_hash, entry_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Read-only to the flush: {@link #moveHeads} writes them, in bulk rather than one UPDATE a chain. */
    private static final Map<String, Object> READ_ONLY = Map.of(HibernateHints.HINT_READ_ONLY, true);

    private static final String INSERT_CHECKPOINT =
            "INSERT INTO audit_checkpoint (chain_id, sequence_no, entry_hash, seal, sealed_at, seal_key_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void addChain(AuditChain chain) {
        em.persist(chain);
    }

    @Override
    public List<AuditChain> lockChains(Collection<String> chainIds) {
        // one chain, as for every request's event: a find, which needs no query translated or planned
        if (chainIds.size() == 1) {
            AuditChain chain =
                    em.find(AuditChain.class, chainIds.iterator().next(), LockModeType.PESSIMISTIC_WRITE, READ_ONLY);
            return chain == null ? List.of() : List.of(chain);
        }
        return em.createQuery("select c from AuditChain c where c.id in :ids order by c.id", AuditChain.class)
                .setParameter("ids", chainIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    @Override
    public void moveHeads(Collection<AuditChain> chains) {
        Session session = em.unwrap(Session.class);
        // a chain persisted in this transaction is not read-only: its INSERT, at the flush, carries its head
        List<ChainHeads.Head> heads = chains.stream()
                .filter(session::isReadOnly)
                .map(chain -> new ChainHeads.Head(chain.id(), chain.lastSequence(), chain.lastHash()))
                .toList();
        session.doWork(connection -> ChainHeads.move(connection, heads));
    }

    @Override
    public void addAll(List<AuditEvent> events) {
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT_EVENT, events, (insert, event) -> {
                    insert.setString(1, event.chainId());
                    insert.setLong(2, event.sequence());
                    insert.setString(3, event.accountId());
                    insert.setString(4, event.type());
                    insert.setString(5, event.actorSubject());
                    insert.setString(6, event.actorRole());
                    insert.setObject(7, JdbcTimes.utc(event.occurredAt()));
                    insert.setString(8, event.details());
                    insert.setString(9, event.previousHash());
                    insert.setString(10, event.hash());
                }));
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
    public List<String> accountsWithoutChain(int limit) {
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT a.id FROM account a WHERE NOT EXISTS"
                        + " (SELECT 1 FROM audit_chain c WHERE c.id = a.id) ORDER BY a.id")
                .setMaxResults(limit)
                .getResultList();
        return ids;
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
    public List<AuditEvent> exportAfter(ExportFilter filter, long afterId, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where e.id > :after");
        if (filter.since() != null) {
            jpql.append(" and e.occurredAt >= :since");
        }
        if (filter.until() != null) {
            jpql.append(" and e.occurredAt < :until");
        }
        if (filter.type() != null) {
            jpql.append(" and e.type = :type");
        }
        if (filter.accountId() != null) {
            jpql.append(" and e.chainId = :chain");
        }
        TypedQuery<AuditEvent> query = em.createQuery(
                        jpql.append(" order by e.id").toString(), AuditEvent.class)
                .setParameter("after", afterId)
                .setMaxResults(limit);
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.accountId() != null) {
            query.setParameter("chain", filter.accountId());
        }
        return query.getResultList();
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
    public List<ChainHead> chainsChangedSinceCheckpoint(String after, String upTo, int limit) {
        TypedQuery<ChainHead> query = em.createQuery(
                        "select new org.lifeline.audit.ChainHead(c.id, c.lastSequence, c.lastHash)"
                                + " from AuditChain c left join AuditCheckpoint k on k.chainId = c.id"
                                + " where c.id > :after" + (upTo == null ? "" : " and c.id <= :upTo")
                                + " and (k.chainId is null or k.sequence <> c.lastSequence"
                                + " or k.hash <> c.lastHash) order by c.id",
                        ChainHead.class)
                .setParameter("after", after)
                .setMaxResults(limit);
        if (upTo != null) {
            query.setParameter("upTo", upTo);
        }
        return query.getResultList();
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
    public void addCheckpoints(List<AuditCheckpoint> checkpoints) {
        // a first run seals every chain: a million rows at that size, written in bulk
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT_CHECKPOINT, checkpoints, (insert, first) -> {
                    insert.setString(1, first.chainId());
                    insert.setLong(2, first.sequence());
                    insert.setString(3, first.hash());
                    insert.setString(4, first.seal());
                    insert.setObject(5, JdbcTimes.utc(first.sealedAt()));
                    insert.setString(6, first.sealKeyId());
                }));
    }

    @Override
    public List<SealedPosition> checkpointsAfter(String chainId, int limit) {
        return em.createQuery(
                        "select new org.lifeline.audit.SealedPosition(k.chainId, k.sequence, k.hash, k.seal, k.sealKeyId)"
                                + " from AuditCheckpoint k where k.chainId > :after order by k.chainId",
                        SealedPosition.class)
                .setParameter("after", chainId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public TrailTotals checkpointTotals() {
        Object[] totals = em.createQuery(
                        "select count(k), coalesce(sum(k.sequence), 0) from AuditCheckpoint k", Object[].class)
                .getSingleResult();
        return new TrailTotals(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), null);
    }

    @Override
    public TrailSeal trailSeal() {
        return em.find(TrailSeal.class, TrailSeal.ID);
    }

    @Override
    public TrailSeal lockTrailSeal() {
        TrailSeal seal = em.find(TrailSeal.class, TrailSeal.ID);
        if (seal != null) {
            // what this transaction read before may be stale: another partition's chunk may have moved it since
            em.refresh(seal, LockModeType.PESSIMISTIC_WRITE);
        }
        return seal;
    }

    @Override
    public boolean systemChainHas(AuditEventType type) {
        return !em.createQuery("select e.id from AuditEvent e where e.chainId = :chain and e.type = :type", Long.class)
                .setParameter("chain", AuditChain.SYSTEM_CHAIN)
                .setParameter("type", type.name())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
