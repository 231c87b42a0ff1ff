package org.lifeline.compliance;

/** The one row that leases the start of an audit run across nodes, as milliseconds of wall-clock time. */
public interface RunLeaseRepository {

    /** Locks the lease row for the rest of the transaction and answers until when it is leased (0: free). */
    long lockLeasedUntil();

    /** Leases the row until {@code epochMillis}; 0 frees it. */
    void leaseUntil(long epochMillis);
}
