package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.audit.ChainVerification.BrokenEntry;
import org.lifeline.crypto.DigestKeys;
import org.lifeline.crypto.TestKeys;

/**
 * The incremental trail check a page of chains at a time, over a trail kept in memory: chains sealed for the first
 * time and again, a chain too long to read with the page, and every way of tampering with what a checkpoint vouches
 * for.
 */
class DefaultTrailCheckpointsTest {

    private static final Actor SYSTEM = new Actor("compliance", "system");
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    private final Trail trail = new Trail();
    private final DefaultTrailCheckpoints checkpoints = new DefaultTrailCheckpoints();
    private final TrailSeals seals = new TrailSeals();

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        seals.keys = TestKeys.of(0, null, null);
        seals.repository = trail;
        checkpoints.repository = trail;
        checkpoints.seals = seals;
        checkpoints.events = trail;
        checkpoints.clock = Clock.fixed(T0, ZoneOffset.UTC);
        assertEquals(Optional.empty(), checkpoints.checkTrailSeal(), "the first check starts the seal");
        assertEquals(List.of(AuditEventType.AUDIT_TRAIL_SEALED), trail.systemEvents);
    }

    @Test
    void theTrailSealMovesWithEveryChunkAndAddsUpToItsCheckpoints() {
        append("alice", 3);
        append("bob", 0);
        checkpoints.checkAndSeal(heads("alice", "bob"));
        append("alice", 2);
        append("carol", 4);
        checkpoints.checkAndSeal(heads("alice"));
        checkpoints.checkAndSeal(heads("carol"));
        TrailTotals walked = seals.walkTotals(DefaultTrailCheckpoints.PAGE);
        assertEquals(new TrailTotals(3, 9, walked.sealsDigest()), walked);
        assertEquals(walked, trail.seal.totals());
        assertEquals(Optional.empty(), checkpoints.checkTrailSeal());
    }

    @Test
    void aDeletedCheckpointBreaksTheTrailAndNothingIsSealedUntilItIsBack() {
        append("alice", 2);
        append("bob", 2);
        checkpoints.checkAndSeal(heads("alice", "bob"));
        AuditCheckpoint deleted = trail.checkpoints.remove("bob");

        Optional<String> problem = checkpoints.checkTrailSeal();
        assertEquals(Optional.of("1 sealed checkpoint(s) vanished: 1 of 2 are left"), problem);
        assertEquals(T0, trail.seal.brokenAt());
        append("alice", 1);
        assertEquals(List.of(), checkpoints.checkAndSeal(heads("alice", "bob")));
        assertNull(trail.checkpoints.get("bob"), "the forged chain is not sealed");
        assertEquals(2, trail.checkpoints.get("alice").sequence(), "nothing is sealed while the trail is broken");

        trail.checkpoints.put("bob", deleted);
        assertEquals(Optional.empty(), checkpoints.checkTrailSeal(), "restored from a backup");
        assertNull(trail.seal.brokenAt());
        checkpoints.checkAndSeal(heads("alice"));
        assertEquals(3, trail.checkpoints.get("alice").sequence());
    }

    @Test
    void aCheckpointPutBackToAnOlderValidOneBreaksTheTrail() {
        append("alice", 2);
        checkpoints.checkAndSeal(heads("alice"));
        AuditCheckpoint old = trail.checkpoints.get("alice");
        AuditCheckpoint copy = new AuditCheckpoint("alice");
        copy.seal(old.sequence(), old.hash(), new DigestKeys.Keyed(old.sealKeyId(), old.seal()), old.sealedAt());
        append("alice", 3);
        checkpoints.checkAndSeal(heads("alice"));
        trail.checkpoints.put("alice", copy);
        assertEquals(
                Optional.of("checkpoints were put back or forged: their positions add up to 2 over 1 checkpoints,"
                        + " the seal to 5 over 1"),
                checkpoints.checkTrailSeal());
    }

    @Test
    void aSealStrippedOfItsMacOrAlteredIsBroken() throws Exception {
        append("alice", 2);
        checkpoints.checkAndSeal(heads("alice"));
        set(trail.seal, "sequenceSum", 7L);
        assertEquals(Optional.of("the trail's seal was altered"), checkpoints.checkTrailSeal());
        set(trail.seal, "mac", null);
        assertEquals(Optional.of("the trail's seal was removed"), checkpoints.checkTrailSeal());
    }

    @Test
    void aPageOfChainsIsSealedAtItsHeadsAndCheckedFromThereNextTime() {
        append("alice", 3);
        append("bob", 0);
        append("carol", DefaultTrailCheckpoints.PAGE + 100);
        assertEquals(List.of(), checkpoints.checkAndSeal(checkpoints.changedAfter("", null, 10)));
        assertEquals(List.of(), checkpoints.changedAfter("", null, 10), "every chain is sealed at its head");
        assertEquals(3, trail.checkpoints.get("alice").sequence());
        assertEquals(0, trail.checkpoints.get("bob").sequence());
        assertEquals(
                DefaultTrailCheckpoints.PAGE + 100,
                trail.checkpoints.get("carol").sequence());

        append("alice", 2);
        append("carol", 1);
        assertEquals(
                List.of("alice", "carol"),
                checkpoints.changedAfter("", null, 10).stream()
                        .map(ChainHead::id)
                        .toList());
        assertEquals(List.of(), checkpoints.checkAndSeal(heads("alice", "carol")));
        assertEquals(5, trail.checkpoints.get("alice").sequence());
        assertEquals(
                trail.chains.get("alice").lastHash(),
                trail.checkpoints.get("alice").hash());
        assertEquals(
                DefaultTrailCheckpoints.PAGE + 101,
                trail.checkpoints.get("carol").sequence());
    }

    @Test
    void entriesWrittenAfterTheHeadWasReadWaitForTheNextRun() {
        append("alice", 2);
        List<ChainHead> read = heads("alice");
        append("alice", 2);
        assertEquals(List.of(), checkpoints.checkAndSeal(read));
        assertEquals(2, trail.checkpoints.get("alice").sequence());
    }

    @Test
    void anEntryRewrittenAfterTheCheckpointIsNamedAndTheCheckpointStays() throws Exception {
        append("alice", 2);
        append("bob", 1);
        checkpoints.checkAndSeal(heads("alice", "bob"));
        append("alice", 3);
        append("bob", 1);
        AuditEvent rewritten = trail.entry("alice", 4);
        set(rewritten, "details", "{\"rewritten\":\"yes\"}");
        List<BrokenEntry> broken = checkpoints.checkAndSeal(heads("alice", "bob"));
        assertEquals(1, broken.size());
        assertEquals(rewritten.id(), broken.get(0).id());
        assertEquals(2, trail.checkpoints.get("alice").sequence(), "a broken chain keeps its old checkpoint");
        assertEquals(2, trail.checkpoints.get("bob").sequence(), "the intact chain of the page is sealed");
    }

    @Test
    void theEntryAtTheCheckpointRewrittenEvenWithItsHashRecomputedIsCaught() throws Exception {
        append("alice", 3);
        checkpoints.checkAndSeal(heads("alice"));
        append("alice", 1);
        AuditEvent sealed = trail.entry("alice", 3);
        set(sealed, "details", "{\"rewritten\":\"yes\"}");
        set(sealed, "hash", sealed.recomputeHash());
        BrokenEntry broken = only(checkpoints.checkAndSeal(heads("alice")));
        assertEquals("the entry at the sealed checkpoint was rewritten", broken.reason());
    }

    @Test
    void theEntryAtTheCheckpointRewrittenUnderItsOldHashIsCaught() throws Exception {
        append("alice", 3);
        checkpoints.checkAndSeal(heads("alice"));
        append("alice", 1);
        set(trail.entry("alice", 3), "details", "{\"rewritten\":\"yes\"}");
        BrokenEntry broken = only(checkpoints.checkAndSeal(heads("alice")));
        assertEquals("the entry at the sealed checkpoint was rewritten", broken.reason());
    }

    @Test
    void aForgedCheckpointOrAMissingEntryIsCaught() throws Exception {
        append("alice", 2);
        append("bob", 2);
        checkpoints.checkAndSeal(heads("alice", "bob"));
        append("alice", 1);
        append("bob", 1);
        set(trail.checkpoints.get("alice"), "sequence", 1L);
        trail.entries.remove(trail.entry("bob", 2));
        List<BrokenEntry> broken = checkpoints.checkAndSeal(heads("alice", "bob"));
        assertEquals(2, broken.size());
        assertEquals("the sealed checkpoint was altered", broken.get(0).reason());
        assertEquals(
                "the entry at the sealed checkpoint is missing", broken.get(1).reason());
    }

    @Test
    void aLongChainReadOnItsOwnIsCheckedAsThoroughly() throws Exception {
        append("carol", DefaultTrailCheckpoints.PAGE * 2 + 7);
        AuditEvent rewritten = trail.entry("carol", DefaultTrailCheckpoints.PAGE + 3);
        set(rewritten, "details", "{\"rewritten\":\"yes\"}");
        assertEquals(
                rewritten.id(), only(checkpoints.checkAndSeal(heads("carol"))).id());
        assertNull(trail.checkpoints.get("carol"));
    }

    private void append(String chainId, int entries) {
        AuditChain chain = trail.chains.computeIfAbsent(chainId, AuditChain::new);
        for (int i = 0; i < entries; i++) {
            AuditEvent event = chain.append(AuditEventDraft.of(
                    new SecurityEventRecorded(
                            chainId, SYSTEM, new SecurityEvent.AccountUnlocked("n" + i, false, false, 0, 0, false)),
                    T0.plusSeconds(trail.entries.size())));
            try {
                set(event, "id", (long) trail.entries.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            trail.entries.add(event);
        }
    }

    private List<ChainHead> heads(String... ids) {
        return List.of(ids).stream().map(id -> trail.chains.get(id).head()).toList();
    }

    private static BrokenEntry only(List<BrokenEntry> broken) {
        assertEquals(1, broken.size(), broken::toString);
        return broken.get(0);
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** The trail's storage in memory, and its system chain's event types. */
    static final class Trail implements AuditEventRepository, SecurityEvents {
        final List<AuditEvent> entries = new ArrayList<>();
        final TrailSeal seal = new TrailSeal();
        final List<AuditEventType> systemEvents = new ArrayList<>();

        @Override
        public void record(String accountId, Actor actor, SecurityEvent event) {
            throw new AssertionError("the trail check records on the system chain only");
        }

        @Override
        public void recordAll(Actor actor, List<AccountEvent> events) {
            throw new AssertionError("the trail check records on the system chain only");
        }

        @Override
        public void recordSystem(Actor actor, SecurityEvent event) {
            systemEvents.add(event.type());
        }

        @Override
        public List<SealedPosition> checkpointsAfter(String chainId, int limit) {
            return checkpoints.values().stream()
                    .filter(checkpoint -> checkpoint.chainId().compareTo(chainId) > 0)
                    .sorted(Comparator.comparing(AuditCheckpoint::chainId))
                    .limit(limit)
                    .map(AuditCheckpoint::position)
                    .toList();
        }

        @Override
        public TrailTotals checkpointTotals() {
            return new TrailTotals(
                    checkpoints.size(),
                    checkpoints.values().stream()
                            .mapToLong(AuditCheckpoint::sequence)
                            .sum(),
                    null);
        }

        @Override
        public TrailSeal trailSeal() {
            return seal;
        }

        @Override
        public TrailSeal lockTrailSeal() {
            return seal;
        }

        @Override
        public boolean systemChainHas(AuditEventType type) {
            return systemEvents.contains(type);
        }

        final Map<String, AuditCheckpoint> checkpoints = new HashMap<>();
        final Map<String, AuditChain> chains = new HashMap<>();

        AuditEvent entry(String chainId, long sequence) {
            return eventAt(chainId, sequence);
        }

        @Override
        public List<AuditCheckpoint> checkpointsOf(Collection<String> chainIds) {
            return chainIds.stream()
                    .map(checkpoints::get)
                    .filter(checkpoint -> checkpoint != null)
                    .toList();
        }

        @Override
        public List<AuditEvent> eventsFromCheckpoints(Collection<String> chainIds) {
            return entries.stream()
                    .filter(e -> chainIds.contains(e.chainId()))
                    .filter(e -> !checkpoints.containsKey(e.chainId())
                            || e.sequence() >= checkpoints.get(e.chainId()).sequence())
                    .sorted(Comparator.comparing(AuditEvent::chainId).thenComparing(AuditEvent::sequence))
                    .toList();
        }

        @Override
        public List<AuditEvent> exportAfter(ExportFilter filter, long afterId, int limit) {
            return entries.stream()
                    .filter(e -> e.id() > afterId)
                    .filter(e -> filter.since() == null || !e.occurredAt().isBefore(filter.since()))
                    .filter(e -> filter.until() == null || e.occurredAt().isBefore(filter.until()))
                    .filter(e -> filter.type() == null || e.type().equals(filter.type()))
                    .filter(e -> filter.accountId() == null || e.chainId().equals(filter.accountId()))
                    .sorted(Comparator.comparing(AuditEvent::id))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<AuditEvent> eventsOfChain(String chainId, long sequence, long upTo, int limit) {
            return entries.stream()
                    .filter(e -> e.chainId().equals(chainId) && e.sequence() > sequence && e.sequence() <= upTo)
                    .sorted(Comparator.comparing(AuditEvent::sequence))
                    .limit(limit)
                    .toList();
        }

        @Override
        public AuditEvent eventAt(String chainId, long sequence) {
            return entries.stream()
                    .filter(e -> e.chainId().equals(chainId) && e.sequence() == sequence)
                    .findFirst()
                    .orElse(null);
        }

        @Override
        public void addCheckpoints(List<AuditCheckpoint> first) {
            first.forEach(checkpoint -> checkpoints.put(checkpoint.chainId(), checkpoint));
        }

        @Override
        public void addChain(AuditChain chain) {
            chains.put(chain.id(), chain);
        }

        @Override
        public List<AuditChain> lockChains(Collection<String> chainIds) {
            return chainIds.stream()
                    .sorted()
                    .map(chains::get)
                    .filter(Objects::nonNull)
                    .toList();
        }

        @Override
        public void moveHeads(Collection<AuditChain> moved) {
            // the heads in the map are the objects the trail moved
        }

        @Override
        public void addAll(List<AuditEvent> events) {
            entries.addAll(events);
        }

        @Override
        public List<AuditEvent> findByAccount(String accountId, int offset, int limit) {
            return entries.stream()
                    .filter(e -> accountId.equals(e.accountId()))
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        @Override
        public long countByAccount(String accountId) {
            return entries.stream().filter(e -> accountId.equals(e.accountId())).count();
        }

        @Override
        public List<String> accountsWithoutChain(int limit) {
            return List.of();
        }

        @Override
        public List<AuditChain> chainsAfter(String chainId, int limit) {
            return chains.values().stream()
                    .filter(chain -> chain.id().compareTo(chainId) > 0)
                    .sorted(Comparator.comparing(AuditChain::id))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<AuditEvent> eventsAfter(String chainId, long sequence, int limit) {
            return entries.stream()
                    .filter(e -> e.chainId().compareTo(chainId) > 0
                            || (e.chainId().equals(chainId) && e.sequence() > sequence))
                    .sorted(Comparator.comparing(AuditEvent::chainId).thenComparing(AuditEvent::sequence))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void release() {}

        @Override
        public List<ChainHead> chainsChangedSinceCheckpoint(String after, String upTo, int limit) {
            return chains.values().stream()
                    .filter(chain -> chain.id().compareTo(after) > 0)
                    .filter(chain -> upTo == null || chain.id().compareTo(upTo) <= 0)
                    .filter(chain -> !checkpoints.containsKey(chain.id())
                            || checkpoints.get(chain.id()).sequence() != chain.lastSequence())
                    .sorted(Comparator.comparing(AuditChain::id))
                    .limit(limit)
                    .map(AuditChain::head)
                    .toList();
        }
    }
}
