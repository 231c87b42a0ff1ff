package org.lifeline.audit;

import java.util.Collection;
import java.util.List;

/** Storage of chains and their entries. */
public interface AuditEventRepository {

    void addChain(AuditChain chain);

    /**
     * The heads of those chains that exist, locked until the transaction ends (so appends to one chain take turns),
     * taken in id order with one statement. Heads read from the database are not written back by the flush: their
     * appends are written with {@link #moveHeads}.
     */
    List<AuditChain> lockChains(Collection<String> chainIds);

    /**
     * Writes the new heads of locked chains, a hundred with one statement (a compliance chunk moves hundreds); a chain opened in
     * this transaction is left to the flush, which inserts it as it is by then.
     */
    void moveHeads(Collection<AuditChain> chains);

    /** Writes new entries in one batch. */
    void addAll(List<AuditEvent> events);

    List<AuditEvent> findByAccount(String accountId, int offset, int limit);

    long countByAccount(String accountId);

    /** Chain heads after {@code chainId} in id order. */
    List<AuditChain> chainsAfter(String chainId, int limit);

    /**
     * Accounts whose chain is gone (every account's chain is opened with it and never removed), in id order, at most
     * {@code limit}: one anti-join over the two primary keys.
     */
    List<String> accountsWithoutChain(int limit);

    /** Entries after the given position, in (chain, sequence) order: a keyset walk over the whole trail. */
    List<AuditEvent> eventsAfter(String chainId, long sequence, int limit);

    /** Entries the filter takes after the one of id {@code afterId}, in trail order (by id): a keyset walk. */
    List<AuditEvent> exportAfter(ExportFilter filter, long afterId, int limit);

    /** Entries of one chain after {@code sequence} up to {@code upTo}, in order. */
    List<AuditEvent> eventsOfChain(String chainId, long sequence, long upTo, int limit);

    /** The chain's entry with that sequence number, or null. */
    AuditEvent eventAt(String chainId, long sequence);

    /** Writes pending changes and forgets loaded entries, so a long walk does not keep the whole trail in memory. */
    void release();

    /**
     * Heads of the chains after {@code after} up to {@code upTo} (no bound when null), in id order, that moved past
     * their checkpoint or have none.
     */
    List<ChainHead> chainsChangedSinceCheckpoint(String after, String upTo, int limit);

    /** The checkpoints of those chains that have one. */
    List<AuditCheckpoint> checkpointsOf(Collection<String> chainIds);

    /**
     * The entries of those chains from the entry at their checkpoint (inclusive; from the first entry for a chain
     * without one) to their head, in (chain, sequence) order: one read for a page of chains.
     */
    List<AuditEvent> eventsFromCheckpoints(Collection<String> chainIds);

    /** Writes first checkpoints of chains in one batch. */
    void addCheckpoints(List<AuditCheckpoint> checkpoints);

    /** Checkpoints after {@code chainId}, in chain order: a keyset walk over all of them. */
    List<SealedPosition> checkpointsAfter(String chainId, int limit);

    /** How many checkpoints there are and the sum of their sequence numbers (no digest: that needs every seal). */
    TrailTotals checkpointTotals();

    /** The trail's seal as last read (null when its row is gone). */
    TrailSeal trailSeal();

    /** The trail's seal, read anew and locked until the transaction ends (null when its row is gone). */
    TrailSeal lockTrailSeal();

    /** Whether the system chain holds an entry of {@code type}. */
    boolean systemChainHas(AuditEventType type);
}
