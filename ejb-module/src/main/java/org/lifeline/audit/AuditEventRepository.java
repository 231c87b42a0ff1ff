package org.lifeline.audit;

import java.util.List;

/** Storage of chains and their entries. */
public interface AuditEventRepository {

    void addChain(AuditChain chain);

    /** The chain's head, locked until the transaction ends, so appends to one chain take turns. */
    AuditChain lockChain(String chainId);

    void add(AuditEvent event);

    List<AuditEvent> findByAccount(String accountId, int offset, int limit);

    long countByAccount(String accountId);

    /** Chain heads after {@code chainId} in id order. */
    List<AuditChain> chainsAfter(String chainId, int limit);

    /** Entries after the given position, in (chain, sequence) order: a keyset walk over the whole trail. */
    List<AuditEvent> eventsAfter(String chainId, long sequence, int limit);

    /** Forgets loaded entries, so a long walk does not keep the whole trail in memory. */
    void release();
}
