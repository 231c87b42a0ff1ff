package org.lifeline.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Event<SecurityEventsRecorded> announced;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void openChain(String accountId) {
        repository.addChain(new AuditChain(accountId));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String accountId, Actor actor, SecurityEvent event) {
        recordAll(actor, List.of(new AccountEvent(accountId, event)));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(Actor actor, List<AccountEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<String, AuditChain> chains =
                lock(events.stream().map(AccountEvent::accountId).distinct().toList());
        Instant now = clock.instant();
        List<AuditEvent> entries = new ArrayList<>(events.size());
        List<SecurityEventRecorded> happened = new ArrayList<>(events.size());
        for (AccountEvent each : events) {
            AuditChain chain = chains.get(each.accountId());
            SecurityEventRecorded recorded = new SecurityEventRecorded(each.accountId(), actor, each.event());
            entries.add(chain.append(AuditEventDraft.of(each.accountId(), actor, now, recorded)));
            happened.add(recorded);
        }
        repository.addAll(entries);
        announced.fire(new SecurityEventsRecorded(happened));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSystem(Actor actor, SecurityEvent event) {
        SecurityEventRecorded happened = new SecurityEventRecorded(null, actor, event);
        AuditChain chain = lock(List.of(AuditChain.SYSTEM_CHAIN)).get(AuditChain.SYSTEM_CHAIN);
        repository.addAll(List.of(chain.append(AuditEventDraft.of(null, actor, clock.instant(), happened))));
        announced.fire(new SecurityEventsRecorded(List.of(happened)));
    }

    /** The chains' heads, locked; every chain must exist (an account's is opened with the account). */
    private Map<String, AuditChain> lock(List<String> chainIds) {
        Map<String, AuditChain> chains = new HashMap<>();
        for (AuditChain chain : repository.lockChains(chainIds)) {
            chains.put(chain.id(), chain);
        }
        for (String chainId : chainIds) {
            if (!chains.containsKey(chainId)) {
                throw new IllegalStateException("no audit chain for " + chainId);
            }
        }
        return chains;
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
