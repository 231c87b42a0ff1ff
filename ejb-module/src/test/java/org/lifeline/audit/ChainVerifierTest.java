package org.lifeline.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lifeline.shared.JsonDetails;

class ChainVerifierTest {

    private static final Actor AGENT = new Actor("agent-7", "support");
    private static final Instant T0 = Instant.parse("2026-11-25T17:00:00.123456789Z");

    private final List<AuditChain> heads = new ArrayList<>();
    private final List<AuditEvent> events = new ArrayList<>();
    private long nextId = 1;

    @Test
    void intactChainsVerify() {
        chain("alice", 3);
        chain("bob", 2);
        ChainVerification result = verify();
        assertTrue(result.intact());
        assertEquals(5, result.entriesChecked());
        assertNull(result.firstBrokenEntry());
    }

    @Test
    void eachEntryLinksToThePreviousHash() {
        chain("alice", 3);
        assertEquals(ChainHash.GENESIS, events.get(0).previousHash());
        assertEquals(events.get(0).hash(), events.get(1).previousHash());
        assertEquals(events.get(1).hash(), events.get(2).previousHash());
        assertEquals(events.get(2).hash(), heads.get(0).lastHash());
    }

    @Test
    void timeIsSealedAtTheDatabasePrecision() {
        chain("alice", 1);
        assertEquals(Instant.parse("2026-11-25T17:00:00.123456Z"), events.get(0).occurredAt());
    }

    @Test
    void alteredContentNamesThatEntry() throws Exception {
        chain("alice", 3);
        chain("bob", 3);
        AuditEvent altered = events.get(4);
        set(altered, "details", "{\"riskTier\":\"STANDARD\"}");
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals(altered.id(), result.firstBrokenEntry().id());
        assertEquals("bob", result.firstBrokenEntry().accountId());
        assertEquals(2, result.firstBrokenEntry().sequence());
    }

    @Test
    void rehashedEntryIsCaughtByTheNextLink() throws Exception {
        chain("alice", 3);
        AuditEvent altered = events.get(1);
        set(altered, "actorSubject", "someone-else");
        set(altered, "hash", altered.recomputeHash());
        ChainVerification result = verify();
        assertEquals(events.get(2).id(), result.firstBrokenEntry().id());
    }

    @Test
    void deletedMiddleEntryIsAGap() {
        chain("alice", 4);
        AuditEvent following = events.get(2);
        events.remove(1);
        ChainVerification result = verify();
        assertEquals(following.id(), result.firstBrokenEntry().id());
    }

    @Test
    void deletedLastEntryShowsAgainstTheHead() {
        chain("alice", 3);
        events.remove(2);
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertNull(result.firstBrokenEntry().id());
        assertEquals(3, result.firstBrokenEntry().sequence());
    }

    @Test
    void theEarliestBrokenEntryIsNamed() throws Exception {
        chain("alice", 3);
        chain("bob", 3);
        set(events.get(5), "details", "{}");
        set(events.get(1), "details", "{}");
        assertEquals(events.get(1).id(), verify().firstBrokenEntry().id());
    }

    @Test
    void entriesWithoutAChainAreBroken() {
        chain("alice", 2);
        chain("bob", 2);
        heads.remove(0);
        ChainVerification result = verify();
        assertFalse(result.intact());
        assertEquals("alice", result.firstBrokenEntry().chainId());
    }

    @Test
    void hashDependsOnEveryField() {
        String base = ChainHash.of(ChainHash.GENESIS, "c", 1, "a", T0, "T", "s", "r", "{}");
        assertNotEquals(base, ChainHash.of(ChainHash.GENESIS, "c", 2, "a", T0, "T", "s", "r", "{}"));
        assertNotEquals(base, ChainHash.of(ChainHash.GENESIS, "c", 1, null, T0, "T", "s", "r", "{}"));
        assertNotEquals(base, ChainHash.of(ChainHash.GENESIS, "c", 1, "a", T0.plusNanos(1000), "T", "s", "r", "{}"));
        assertNotEquals(base, ChainHash.of("1".repeat(64), "c", 1, "a", T0, "T", "s", "r", "{}"));
        // Field boundaries are unambiguous: moving a character from one field to the next changes the hash.
        assertNotEquals(
                ChainHash.of(ChainHash.GENESIS, "c", 1, "a", T0, "T", "ab", "c", "{}"),
                ChainHash.of(ChainHash.GENESIS, "c", 1, "a", T0, "T", "a", "bc", "{}"));
    }

    @Test
    void detailsAreCanonical() {
        assertEquals("{\"a\":\"1\",\"b\":\"\\\"x\\\"\"}", JsonDetails.of(Map.of("b", "\"x\"", "a", "1")));
    }

    private void chain(String accountId, int entries) {
        AuditChain chain = new AuditChain(accountId);
        heads.add(chain);
        for (int i = 0; i < entries; i++) {
            AuditEvent event = chain.append(AuditEventDraft.of(
                    new SecurityEventRecorded(
                            accountId,
                            AGENT,
                            new SecurityEvent.AccountUnlocked("step " + i, false, false, 0, 0, false)),
                    T0.plusSeconds(i)));
            setQuietly(event, "id", nextId++);
            events.add(event);
        }
    }

    private ChainVerification verify() {
        return ChainVerifier.verify(
                heads.iterator(),
                events.iterator(),
                Collections.emptyIterator(),
                checkpoint -> true,
                totals -> Optional.empty());
    }

    private static void setQuietly(Object target, String field, Object value) {
        try {
            set(target, field, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
