package org.lifeline.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lifeline.audit.ChainVerification.BrokenEntry;
import org.lifeline.audit.SecurityEvent.TrailSealed;
import org.lifeline.crypto.DigestKeys;

@Stateless
public class DefaultTrailCheckpoints implements TrailCheckpoints {

    /** A chain with more entries than this past its checkpoint is read on its own, this many at a time. */
    static final int PAGE = 500;

    @Inject
    AuditEventRepository repository;

    @Inject
    TrailSeals seals;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Override
    public List<ChainHead> changedAfter(String after, String upTo, int size) {
        return repository.chainsChangedSinceCheckpoint(after, upTo, size);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<BrokenEntry> checkAndSeal(List<ChainHead> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, AuditCheckpoint> checkpoints = new HashMap<>();
        for (AuditCheckpoint checkpoint : repository.checkpointsOf(ids(heads))) {
            checkpoints.put(checkpoint.chainId(), checkpoint);
        }
        Set<String> together = new HashSet<>();
        for (ChainHead head : heads) {
            AuditCheckpoint checkpoint = checkpoints.get(head.id());
            if (head.lastSequence() - (checkpoint == null ? 0 : checkpoint.sequence()) <= PAGE) {
                together.add(head.id());
            }
        }
        Map<String, List<AuditEvent>> entries = new HashMap<>();
        if (!together.isEmpty()) {
            for (AuditEvent entry : repository.eventsFromCheckpoints(together)) {
                entries.computeIfAbsent(entry.chainId(), chain -> new ArrayList<>())
                        .add(entry);
            }
        }
        Instant now = clock.instant();
        // A broken (or not yet started) trail seal stops all sealing: it would bless whatever was forged.
        TrailSeal trailSeal = repository.trailSeal();
        boolean sealing = trailSeal != null && trailSeal.started() && trailSeal.brokenAt() == null;
        TrailTotals change = TrailTotals.NONE;
        List<BrokenEntry> broken = new ArrayList<>();
        List<AuditCheckpoint> first = new ArrayList<>();
        for (ChainHead head : heads) {
            AuditCheckpoint checkpoint = checkpoints.get(head.id());
            BrokenEntry brokenEntry = together.contains(head.id())
                    ? check(head, checkpoint, entries.getOrDefault(head.id(), List.of()))
                    : checkAlone(head, checkpoint);
            if (brokenEntry != null) {
                broken.add(brokenEntry);
                continue;
            }
            if (!sealing) {
                continue;
            }
            DigestKeys.Keyed seal = seals.ofCheckpoint(head.id(), head.lastSequence(), head.lastHash());
            if (checkpoint == null) {
                checkpoint = new AuditCheckpoint(head.id());
                first.add(checkpoint);
                change = change.added(head.lastSequence(), seal.hex());
            } else {
                change = change.moved(checkpoint.sequence(), checkpoint.seal(), head.lastSequence(), seal.hex());
            }
            checkpoint.seal(head.lastSequence(), head.lastHash(), seal, now);
        }
        repository.addCheckpoints(first);
        if (!change.equals(TrailTotals.NONE)) {
            TrailSeal locked = repository.lockTrailSeal();
            TrailTotals totals = locked.totals().plus(change);
            locked.seal(totals, seals.of(totals), now);
        }
        return broken;
    }

    @Override
    public List<String> accountsWithoutChain(int limit) {
        return repository.accountsWithoutChain(limit);
    }

    @Override
    public Optional<String> checkTrailSeal() {
        TrailSeal seal = repository.lockTrailSeal();
        Instant now = clock.instant();
        if (seals.awaitsFirstRun(seal)) {
            TrailTotals totals = seals.walkTotals(PAGE);
            seal.seal(totals, seals.of(totals), now);
            events.recordSystem(Actor.SYSTEM, new TrailSealed(totals.checkpoints(), totals.sequenceSum()));
            return Optional.empty();
        }
        Optional<String> problem = seals.problem(seal, repository.checkpointTotals());
        if (seal != null) {
            if (problem.isPresent()) {
                seal.broken(now);
            } else {
                seal.mended();
            }
        }
        return problem;
    }

    /** Checks a chain against its entries from the checkpoint's own entry (or the first) on, read with the page. */
    private BrokenEntry check(ChainHead head, AuditCheckpoint checkpoint, List<AuditEvent> read) {
        long from = 0;
        String fromHash = ChainHash.GENESIS;
        if (checkpoint != null) {
            AuditEvent atCheckpoint =
                    read.isEmpty() || read.get(0).sequence() != checkpoint.sequence() ? null : read.get(0);
            BrokenEntry broken = checkCheckpoint(checkpoint, atCheckpoint);
            if (broken != null) {
                return broken;
            }
            from = checkpoint.sequence();
            fromHash = checkpoint.hash();
        }
        long after = from;
        Iterator<AuditEvent> entries = read.stream()
                .filter(entry -> entry.sequence() > after && entry.sequence() <= head.lastSequence())
                .iterator();
        return ChainVerifier.verifyFrom(head, from, fromHash, entries).firstBrokenEntry();
    }

    /** Checks a chain with a long stretch past its checkpoint, a page of entries at a time. */
    private BrokenEntry checkAlone(ChainHead head, AuditCheckpoint checkpoint) {
        String chainId = head.id();
        long from = 0;
        String fromHash = ChainHash.GENESIS;
        if (checkpoint != null) {
            BrokenEntry broken = checkCheckpoint(
                    checkpoint, checkpoint.sequence() == 0 ? null : repository.eventAt(chainId, checkpoint.sequence()));
            if (broken != null) {
                return broken;
            }
            from = checkpoint.sequence();
            fromHash = checkpoint.hash();
        }
        long upTo = head.lastSequence();
        KeysetCursor<AuditEvent> entries = new KeysetCursor<>(
                repository.eventsOfChain(chainId, from, upTo, PAGE),
                last -> repository.eventsOfChain(chainId, last.sequence(), upTo, PAGE),
                () -> {});
        return ChainVerifier.verifyFrom(head, from, fromHash, entries).firstBrokenEntry();
    }

    /** The checkpoint's seal, and the entry it names ({@code entry}, null when not stored) still carrying its hash. */
    private BrokenEntry checkCheckpoint(AuditCheckpoint checkpoint, AuditEvent entry) {
        String chainId = checkpoint.chainId();
        String account = AuditChain.SYSTEM_CHAIN.equals(chainId) ? null : chainId;
        if (!seals.holds(checkpoint.position())) {
            return new BrokenEntry(null, chainId, account, checkpoint.sequence(), "the sealed checkpoint was altered");
        }
        if (checkpoint.sequence() == 0) {
            return null;
        }
        if (entry == null) {
            return new BrokenEntry(
                    null, chainId, account, checkpoint.sequence(), "the entry at the sealed checkpoint is missing");
        }
        if (!entry.hash().equals(checkpoint.hash()) || !entry.recomputeHash().equals(entry.hash())) {
            return new BrokenEntry(
                    entry.id(),
                    chainId,
                    account,
                    checkpoint.sequence(),
                    "the entry at the sealed checkpoint was rewritten");
        }
        return null;
    }

    private static List<String> ids(List<ChainHead> chains) {
        return chains.stream().map(ChainHead::id).toList();
    }
}
