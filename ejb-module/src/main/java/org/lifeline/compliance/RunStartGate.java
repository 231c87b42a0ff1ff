package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

    @Inject
    RunLeaseRepository lease;

    /** Takes the lease; conflict when a run is in progress or another start holds the lease. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enter(BooleanSupplier runInProgress) {
        long leasedUntil = lease.lockLeasedUntil();
        long now = System.currentTimeMillis();
        if (leasedUntil > now || runInProgress.getAsBoolean()) {
            throw new ConflictException("an audit run is in progress");
        }
        lease.leaseUntil(now + LEASE_MILLIS);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void leave() {
        lease.leaseUntil(0);
    }
}
