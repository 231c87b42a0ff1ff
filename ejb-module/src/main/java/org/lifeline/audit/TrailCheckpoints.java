package org.lifeline.audit;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Incremental checks of the audit trail: each chain is verified from its last sealed checkpoint to its head, and
 * the head is sealed as the next checkpoint.
 */
@Local
public interface TrailCheckpoints {

    /**
     * Heads of the chains after {@code after} (id order), up to {@code upTo} inclusive (no bound when null), that
     * moved since their checkpoint, or have none yet.
     */
    List<ChainHead> changedAfter(String after, String upTo, int size);

    /**
     * Verifies each chain from its checkpoint (whose seal and entry must still match) to the head as given, in the
     * caller's transaction, and seals that head when all is intact: a page of chains in a few reads (their
     * checkpoints, then their entries), a chain with a long stretch to check on its own, a page at a time. Returns
     * the first broken entry of each broken chain; a broken chain keeps its old checkpoint, so every later run reports
     * it again until it is dealt with.
     */
    List<ChainVerification.BrokenEntry> checkAndSeal(List<ChainHead> heads);

    /**
     * Before a run seals anything: do the checkpoints still add up to the trail's seal (their count and the sum of
     * their positions, under its MAC)? The reason when they do not; the seal then counts as broken, and no chain is
     * sealed until they do again. The first time, the seal is started from the checkpoints there are.
     */
    Optional<String> checkTrailSeal();

    /** Accounts whose chain is gone, in id order, at most {@code limit}: every account has a chain from its start. */
    List<String> accountsWithoutChain(int limit);
}
