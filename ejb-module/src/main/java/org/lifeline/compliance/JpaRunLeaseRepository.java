package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Native SQL: the lease is a single row of the schema ({@code audit_run_lock}, id 1) with no entity of its own, and
 * JPQL reaches only entities. Its {@code FOR UPDATE} is the cross-node lock.
 */
@ApplicationScoped
public class JpaRunLeaseRepository implements RunLeaseRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public long lockLeasedUntil() {
        return ((Number) em.createNativeQuery("SELECT leased_until_ms FROM audit_run_lock WHERE id = 1 FOR UPDATE")
                        .getSingleResult())
                .longValue();
    }

    @Override
    public void leaseUntil(long epochMillis) {
        em.createNativeQuery("UPDATE audit_run_lock SET leased_until_ms = ?1 WHERE id = 1")
                .setParameter(1, epochMillis)
                .executeUpdate();
    }
}
