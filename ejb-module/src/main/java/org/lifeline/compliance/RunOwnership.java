package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.LongPredicate;

/**
 * The run-owner row's short transactions. Wall-clock time, like the start gate's lease. On MariaDB Galera two nodes
 * claiming one run at once both lock the row on their own database node; the second to commit loses the
 * certification, so one node takes a run over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunOwnership {

    @Inject
    RunOwnerRepository owners;

    @Inject
    LocalRuns local;

    /** This node executes the execution from now on (the update takes the row's lock itself). */
    public void record(long executionId) {
        owners.set(executionId, node(), System.currentTimeMillis());
    }

    /** This node's word that it still executes the execution. */
    public void beat(long executionId) {
        owners.beat(executionId, node(), System.currentTimeMillis());
    }

    /**
     * Frees the row of a run that ended; claims for this node a run whose owner is gone and answers its execution,
     * to be restarted once this transaction committed (null: nothing to take over).
     */
    public Long claimOrphan(LongPredicate active) {
        RunOwner owner = owners.lock();
        long now = System.currentTimeMillis();
        boolean running = owner.executionId() != null && active.test(owner.executionId());
        switch (RunTakeover.decide(owner, running, local.executions(), node(), now)) {
            case CLEAR -> owners.set(null, null, now);
            case TAKE_OVER -> {
                owners.set(owner.executionId(), node(), now);
                return owner.executionId();
            }
            case NOTHING -> {}
        }
        return null;
    }

    /** This server's name in the cluster (jboss.node.name; WildFly sets it, by default to the host's name). */
    static String node() {
        return System.getProperty("jboss.node.name", "lifeline");
    }
}
