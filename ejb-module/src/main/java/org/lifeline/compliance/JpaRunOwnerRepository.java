package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Native SQL, like the start gate's lease: one row of the schema with no entity of its own. */
@ApplicationScoped
public class JpaRunOwnerRepository implements RunOwnerRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    private static final String ROW = "SELECT execution_id, node, heartbeat_ms FROM audit_run_owner WHERE id = 1";

    @Override
    public RunOwner read() {
        return owner((Object[]) em.createNativeQuery(ROW).getSingleResult());
    }

    @Override
    public RunOwner lock() {
        return owner((Object[]) em.createNativeQuery(ROW + " FOR UPDATE").getSingleResult());
    }

    private static RunOwner owner(Object[] row) {
        return new RunOwner(
                row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue());
    }

    @Override
    public void set(Long executionId, String node, long heartbeatMillis) {
        em.createNativeQuery("UPDATE audit_run_owner SET execution_id = ?1, node = ?2, heartbeat_ms = ?3 WHERE id = 1")
                .setParameter(1, executionId)
                .setParameter(2, node)
                .setParameter(3, heartbeatMillis)
                .executeUpdate();
    }

    @Override
    public boolean beat(long executionId, String node, long heartbeatMillis) {
        return em.createNativeQuery("UPDATE audit_run_owner SET heartbeat_ms = ?1"
                                + " WHERE id = 1 AND execution_id = ?2 AND node = ?3")
                        .setParameter(1, heartbeatMillis)
                        .setParameter(2, executionId)
                        .setParameter(3, node)
                        .executeUpdate()
                == 1;
    }
}
