package org.lifeline.compliance;

import java.util.Set;

/**
 * What a node does, on each look at the run-owner row, about the compliance run in progress. JBeret cannot tell on
 * one node whether another node still executes a run (its own "detect" restart mode asks only its own memory, so on a
 * cluster it would restart a run that is alive elsewhere): the owner's heartbeat tells instead.
 */
final class RunTakeover {

    /** How long an owner may stay silent before another node takes its run over (it beats every few seconds). */
    static final long STALE_AFTER_MILLIS = 30_000;

    enum Decision {
        /** No run, or one its owner is executing. */
        NOTHING,
        /** The row names a run that has ended: free it. */
        CLEAR,
        /** The run's owner is gone: restart the run here, from its checkpoints. */
        TAKE_OVER
    }

    private RunTakeover() {}

    /**
     * @param owner the row
     * @param active whether the named execution is still recorded as starting, started or stopping
     * @param local the executions this node executes
     * @param node this node's name
     */
    static Decision decide(RunOwner owner, boolean active, Set<Long> local, String node, long nowMillis) {
        if (owner.executionId() == null) {
            return Decision.NOTHING;
        }
        if (!active) {
            return Decision.CLEAR;
        }
        if (local.contains(owner.executionId())) {
            return Decision.NOTHING;
        }
        if (node.equals(owner.node())) {
            return Decision.TAKE_OVER; // this node was its owner and no longer executes it: it restarted since
        }
        return nowMillis - owner.heartbeatMillis() > STALE_AFTER_MILLIS ? Decision.TAKE_OVER : Decision.NOTHING;
    }
}
