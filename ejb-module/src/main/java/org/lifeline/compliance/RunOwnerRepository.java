package org.lifeline.compliance;

/** The one row that names the node executing the compliance run in progress ({@code audit_run_owner}, id 1). */
public interface RunOwnerRepository {

    /** The row as it is, without a lock (outside a transaction too). */
    RunOwner read();

    /** Locks the row for the rest of the transaction and answers it. */
    RunOwner lock();

    /** Names the execution, its node and the time of its last word; a null execution frees the row. */
    void set(Long executionId, String node, long heartbeatMillis);

    /** The owner's word that it still executes the run: false when the row names another execution or node now. */
    boolean beat(long executionId, String node, long heartbeatMillis);
}
