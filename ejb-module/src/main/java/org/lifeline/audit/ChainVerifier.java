package org.lifeline.audit;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lifeline.audit.ChainVerification.BrokenEntry;

/**
 * Walks chain heads and entries, both in chain order, and checks every link: consecutive sequence numbers, each
 * entry naming its predecessor's hash, each hash matching the stored content, and each head matching its chain's
 * last entry (so a deleted tail shows). Holds one entry at a time, whatever the size of the trail.
 */
final class ChainVerifier {

    private long entriesChecked;
    private BrokenEntry firstBroken;
    private TrailTotals checkpointTotals = TrailTotals.NONE;

    private ChainVerifier() {}

    /**
     * Walks every chain and, in step with them, every checkpoint (in chain order): each must carry a valid
     * seal ({@code sealHolds}), name an entry of its chain that still has the sealed hash, and belong to a chain that
     * exists. What all checkpoints add up to is then judged against the trail's seal ({@code trailProblem}).
     */
    static ChainVerification verify(
            Iterator<AuditChain> heads,
            Iterator<AuditEvent> entries,
            Iterator<SealedPosition> checkpoints,
            Predicate<SealedPosition> sealHolds,
            Function<TrailTotals, Optional<String>> trailProblem) {
        ChainVerifier verifier = new ChainVerifier();
        Lookahead<AuditEvent> events = new Lookahead<>(entries);
        Lookahead<SealedPosition> sealed = new Lookahead<>(checkpoints);
        while (heads.hasNext()) {
            ChainHead head = heads.next().head();
            while (events.hasNext() && events.peek().chainId().compareTo(head.id()) < 0) {
                verifier.orphan(events.next());
            }
            while (sealed.hasNext() && sealed.peek().chainId().compareTo(head.id()) < 0) {
                verifier.chainGone(verifier.counted(sealed.next()));
            }
            SealedPosition checkpoint =
                    sealed.hasNext() && sealed.peek().chainId().equals(head.id())
                            ? verifier.counted(sealed.next())
                            : null;
            if (checkpoint != null && !sealHolds.test(checkpoint)) {
                verifier.broken(new BrokenEntry(
                        null,
                        checkpoint.chainId(),
                        accountOf(checkpoint.chainId()),
                        checkpoint.sequence(),
                        "the sealed checkpoint was altered"));
                checkpoint = null;
            }
            verifier.walkChain(head, events, checkpoint);
        }
        while (events.hasNext()) {
            verifier.orphan(events.next());
        }
        while (sealed.hasNext()) {
            verifier.chainGone(verifier.counted(sealed.next()));
        }
        trailProblem
                .apply(verifier.checkpointTotals)
                .ifPresent(reason -> verifier.broken(new BrokenEntry(null, TrailSeal.SUBJECT, null, 0, reason)));
        return new ChainVerification(verifier.firstBroken == null, verifier.entriesChecked, verifier.firstBroken);
    }

    /**
     * Checks one chain from a trusted position ({@code afterSequence} with hash {@code afterHash}, or 0 and the
     * genesis hash) to its head; {@code entries} are the chain's entries after that position, in order.
     */
    static ChainVerification verifyFrom(
            ChainHead head, long afterSequence, String afterHash, Iterator<AuditEvent> entries) {
        ChainVerifier verifier = new ChainVerifier();
        verifier.walkChain(head, new Lookahead<>(entries), afterSequence + 1, afterHash, null);
        return new ChainVerification(verifier.firstBroken == null, verifier.entriesChecked, verifier.firstBroken);
    }

    private void walkChain(ChainHead head, Lookahead<AuditEvent> events, SealedPosition checkpoint) {
        walkChain(head, events, 1, ChainHash.GENESIS, checkpoint);
    }

    private void walkChain(
            ChainHead head,
            Lookahead<AuditEvent> events,
            long firstSequence,
            String trustedPrevious,
            SealedPosition checkpoint) {
        long expectedSequence = firstSequence;
        String expectedPrevious = trustedPrevious;
        while (events.hasNext() && events.peek().chainId().equals(head.id())) {
            AuditEvent entry = events.next();
            entriesChecked++;
            String reason = null;
            if (entry.sequence() != expectedSequence) {
                reason = "sequence gap: expected entry " + expectedSequence;
            } else if (!entry.previousHash().equals(expectedPrevious)) {
                reason = "does not link to the entry before it";
            } else if (!entry.recomputeHash().equals(entry.hash())) {
                reason = "content does not match its hash";
            }
            if (reason == null
                    && checkpoint != null
                    && entry.sequence() == checkpoint.sequence()
                    && !entry.hash().equals(checkpoint.hash())) {
                // the links hold, yet the entry differs from the one sealed: the chain was rewritten and rehashed
                reason = "the entry at the sealed checkpoint was rewritten";
            }
            if (reason != null) {
                broken(new BrokenEntry(entry.id(), entry.chainId(), entry.accountId(), entry.sequence(), reason));
            }
            expectedSequence = entry.sequence() + 1;
            expectedPrevious = entry.hash();
        }
        if (head.lastSequence() != expectedSequence - 1 || !head.lastHash().equals(expectedPrevious)) {
            broken(new BrokenEntry(
                    null,
                    head.id(),
                    accountOf(head.id()),
                    head.lastSequence(),
                    "the chain's head does not match its last stored entry"));
        }
        if (checkpoint != null && checkpoint.sequence() > head.lastSequence()) {
            broken(new BrokenEntry(
                    null,
                    head.id(),
                    accountOf(head.id()),
                    checkpoint.sequence(),
                    "the chain ends before its sealed checkpoint"));
        }
    }

    private SealedPosition counted(SealedPosition checkpoint) {
        checkpointTotals = checkpointTotals.added(checkpoint.sequence(), checkpoint.seal());
        return checkpoint;
    }

    private void chainGone(SealedPosition checkpoint) {
        broken(new BrokenEntry(
                null,
                checkpoint.chainId(),
                accountOf(checkpoint.chainId()),
                checkpoint.sequence(),
                "a sealed chain is gone"));
    }

    private void orphan(AuditEvent entry) {
        entriesChecked++;
        broken(new BrokenEntry(
                entry.id(), entry.chainId(), entry.accountId(), entry.sequence(), "belongs to no known chain"));
    }

    /** Keeps the broken entry with the lowest id: the earliest written. Missing entries (no id) rank last. */
    private void broken(BrokenEntry entry) {
        if (firstBroken == null
                || (entry.id() != null && (firstBroken.id() == null || entry.id() < firstBroken.id()))) {
            firstBroken = entry;
        }
    }

    private static String accountOf(String chainId) {
        return AuditChain.SYSTEM_CHAIN.equals(chainId) ? null : chainId;
    }

    private static final class Lookahead<T> implements Iterator<T> {
        private final Iterator<T> source;
        private T next;

        Lookahead(Iterator<T> source) {
            this.source = source;
        }

        T peek() {
            if (next == null) {
                next = source.next();
            }
            return next;
        }

        @Override
        public boolean hasNext() {
            return next != null || source.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T current = peek();
            next = null;
            return current;
        }
    }
}
