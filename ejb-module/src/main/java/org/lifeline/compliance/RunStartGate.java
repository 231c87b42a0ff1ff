package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.BooleanSupplier;
import org.lifeline.shared.ConflictException;

/**
 * Lets one start of a run through at a time, across nodes: the start locks the gate's row, checks that no run is
 * in progress, and leases the gate until its job execution is recorded (then releases it). A start that dies
 * holding the lease blocks others for {@link #LEASE_MILLIS} at most. Wall-clock time, not the application clock:
 * a lease must not move with a test's clock.
 */
@Stateless
public class RunStartGate {

    static final long LEASE_MILLIS = 60_000;

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    /** Takes the lease; conflict when a run is in progress or another start holds the lease. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enter(BooleanSupplier runInProgress) {
        Number leasedUntil = (Number) em.createNativeQuery(
                "SELECT leased_until_ms FROM audit_run_lock WHERE id = 1 FOR UPDATE").getSingleResult();
        long now = System.currentTimeMillis();
        if (leasedUntil.longValue() > now || runInProgress.getAsBoolean()) {
            throw new ConflictException("an audit run is in progress");
        }
        em.createNativeQuery("UPDATE audit_run_lock SET leased_until_ms = ?1 WHERE id = 1")
                .setParameter(1, now + LEASE_MILLIS).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void leave() {
        em.createNativeQuery("UPDATE audit_run_lock SET leased_until_ms = 0 WHERE id = 1").executeUpdate();
    }
}
