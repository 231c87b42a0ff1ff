package org.lifeline.audit;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Incremental checks of the audit trail: each chain is verified from its last sealed checkpoint to its head, and
 * the head is sealed as the next checkpoint.
 */
@Local
public interface TrailCheckpoints {

    /** Chains after {@code after} (id order) whose head moved since their checkpoint, or that have none yet. */
    List<String> changedAfter(String after, int size);

    /**
     * Verifies the chain from its checkpoint (whose seal and entry must still match) to its head, in the caller's
     * transaction, and seals the head when all is intact. Returns the first broken entry, or null; a broken chain
     * keeps its old checkpoint, so every later run reports it again until it is dealt with.
     */
    ChainVerification.BrokenEntry checkAndSeal(String chainId);
}
