package org.lifeline.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

@Stateless
public class DefaultAuditTrail implements AuditTrail, SecurityEvents {

    /** Rows fetched at a time while verifying. */
    static final int WALK_PAGE_SIZE = 500;

    @Inject
    AuditEventRepository repository;

    @Inject
    Clock clock;

    @Inject
    Event<SecurityEventRecorded> recorded;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void openChain(String accountId) {
        repository.addChain(new AuditChain(accountId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String accountId, Actor actor, SecurityEvent event) {
        SecurityEventRecorded happened = new SecurityEventRecorded(accountId, actor, event);
        append(accountId, AuditEventDraft.of(accountId, actor, clock.instant(), happened));
        recorded.fire(happened);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSystem(Actor actor, SecurityEvent event) {
        SecurityEventRecorded happened = new SecurityEventRecorded(null, actor, event);
        append(AuditChain.SYSTEM_CHAIN, AuditEventDraft.of(null, actor, clock.instant(), happened));
        recorded.fire(happened);
    }

    private void append(String chainId, AuditEventDraft draft) {
        AuditChain chain = repository.lockChain(chainId);
        if (chain == null) {
            throw new IllegalStateException("no audit chain for " + chainId);
        }
        repository.add(chain.append(draft));
    }

    @Override
    public Page<AuditRecord> eventsOf(String accountId, PageRequest page) {
        return Page.of(
                repository.findByAccount(accountId, page.offset(), page.size()).stream()
                        .map(AuditRecord::of)
                        .toList(),
                page,
                repository.countByAccount(accountId));
    }

    @Override
    public ChainVerification verify() {
        KeysetCursor<AuditChain> heads = new KeysetCursor<>(
                repository.chainsAfter("", WALK_PAGE_SIZE),
                last -> repository.chainsAfter(last.id(), WALK_PAGE_SIZE),
                () -> {});
        KeysetCursor<AuditEvent> entries = new KeysetCursor<>(
                repository.eventsAfter("", 0, WALK_PAGE_SIZE),
                last -> repository.eventsAfter(last.chainId(), last.sequence(), WALK_PAGE_SIZE),
                repository::release);
        return ChainVerifier.verify(heads, entries);
    }
}
