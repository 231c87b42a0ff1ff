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
import java.util.Optional;
import org.lifeline.audit.SecurityEvent.TrailAccepted;
import org.lifeline.audit.SecurityEvent.TrailExported;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

@Stateless
public class DefaultAuditTrail implements AuditTrail, SecurityEvents {

    /** Rows fetched at a time while verifying. */
    static final int WALK_PAGE_SIZE = 500;

    @Inject
    VerificationGate gate;

    @Inject
    AuditEventRepository repository;

    @Inject
    TrailSeals seals;

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
        append(events.stream()
                .map(each -> new SecurityEventRecorded(each.accountId(), actor, each.event()))
                .toList());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordSystem(Actor actor, SecurityEvent event) {
        append(List.of(new SecurityEventRecorded(null, actor, event)));
    }

    /** Appends each event to its chain (its account's, or the system chain), writes them, and announces them. */
    private void append(List<SecurityEventRecorded> happened) {
        if (happened.isEmpty()) {
            return;
        }
        Map<String, AuditChain> chains = lock(
                happened.stream().map(DefaultAuditTrail::chainOf).distinct().toList());
        Instant now = clock.instant();
        List<AuditEvent> entries = new ArrayList<>(happened.size());
        List<SecurityEventRecorded> appended = new ArrayList<>(happened.size());
        for (SecurityEventRecorded each : happened) {
            AuditEvent entry = chains.get(chainOf(each)).append(AuditEventDraft.of(each, now));
            entries.add(entry);
            appended.add(each.at(entry.sequence()));
        }
        repository.moveHeads(chains.values());
        repository.addAll(entries);
        announced.fire(new SecurityEventsRecorded(appended));
    }

    private static String chainOf(SecurityEventRecorded event) {
        return event.accountId() == null ? AuditChain.SYSTEM_CHAIN : event.accountId();
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
    public List<AuditRecord> exportPage(ExportFilter filter, long afterId, int limit) {
        List<AuditRecord> page = repository.exportAfter(filter, afterId, limit).stream()
                .map(AuditRecord::of)
                .toList();
        repository.release();
        return page;
    }

    @Override
    public void recordExport(ExportFilter filter, String format, Actor auditor) {
        recordSystem(
                auditor,
                new TrailExported(
                        format,
                        filter.since() == null ? null : filter.since().toString(),
                        filter.until() == null ? null : filter.until().toString(),
                        filter.type(),
                        filter.accountId()));
    }

    @Override
    public ChainVerification verify() {
        return gate.alone(this::walk);
    }

    private ChainVerification walk() {
        // Held to the end of the walk: a trail check's chunk waits rather than move the seal and checkpoints mid-walk.
        TrailSeal seal = repository.lockTrailSeal();
        KeysetCursor<AuditChain> heads = new KeysetCursor<>(
                repository.chainsAfter("", WALK_PAGE_SIZE),
                last -> repository.chainsAfter(last.id(), WALK_PAGE_SIZE),
                () -> {});
        KeysetCursor<AuditEvent> entries = new KeysetCursor<>(
                repository.eventsAfter("", 0, WALK_PAGE_SIZE),
                last -> repository.eventsAfter(last.chainId(), last.sequence(), WALK_PAGE_SIZE),
                repository::release);
        ChainVerification walked = ChainVerifier.verify(
                heads,
                entries,
                seals.allCheckpoints(WALK_PAGE_SIZE),
                seals::holds,
                totals -> seals.problem(seal, totals));
        if (!walked.intact()) {
            return walked;
        }
        // an account whose whole chain was deleted (entries and head) leaves nothing in the walk to find
        return repository.accountsWithoutChain(1).stream()
                .findFirst()
                .map(account -> new ChainVerification(
                        false,
                        walked.entriesChecked(),
                        new ChainVerification.BrokenEntry(null, account, account, 0, "the account's chain is gone")))
                .orElse(walked);
    }

    @Override
    public Optional<TrailSealView> seal() {
        return Optional.ofNullable(repository.trailSeal()).map(TrailSealView::of);
    }

    @Override
    public TrailSealView accept(String note, Actor auditor) {
        TrailSeal seal = repository.lockTrailSeal();
        if (seal == null) {
            throw new NotFoundException("the trail's seal is missing");
        }
        TrailTotals found = seals.walkTotals(WALK_PAGE_SIZE);
        Optional<String> problem = seals.problem(seal, found);
        if (problem.isEmpty() && seal.brokenAt() == null) {
            throw new ConflictException("the checkpoints add up to the trail's seal: there is nothing to accept");
        }
        long before = seal.totals().checkpoints();
        seal.seal(found, seals.of(found), clock.instant());
        seal.mended();
        recordSystem(
                auditor,
                new TrailAccepted(
                        problem.orElse("broken earlier"),
                        before,
                        found.checkpoints(),
                        found.sequenceSum(),
                        note.strip()));
        return TrailSealView.of(seal);
    }
}
