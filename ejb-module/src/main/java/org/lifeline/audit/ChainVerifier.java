package org.lifeline.audit;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.lifeline.audit.ChainVerification.BrokenEntry;

/**
 * Walks chain heads and entries, both in chain order, and checks every link: consecutive sequence numbers, each
 * entry naming its predecessor's hash, each hash matching the stored content, and each head matching its chain's
 * last entry (so a deleted tail shows). Holds one entry at a time, whatever the size of the trail.
 */
final class ChainVerifier {

    private long entriesChecked;
    private BrokenEntry firstBroken;

    private ChainVerifier() {}

    static ChainVerification verify(Iterator<AuditChain> heads, Iterator<AuditEvent> entries) {
        ChainVerifier verifier = new ChainVerifier();
        Lookahead events = new Lookahead(entries);
        while (heads.hasNext()) {
            ChainHead head = heads.next().head();
            while (events.hasNext() && events.peek().chainId().compareTo(head.id()) < 0) {
                verifier.orphan(events.next());
            }
            verifier.walkChain(head, events);
        }
        while (events.hasNext()) {
            verifier.orphan(events.next());
        }
        return new ChainVerification(verifier.firstBroken == null, verifier.entriesChecked, verifier.firstBroken);
    }

    /**
     * Checks one chain from a trusted position ({@code afterSequence} with hash {@code afterHash}, or 0 and the
     * genesis hash) to its head; {@code entries} are the chain's entries after that position, in order.
     */
    static ChainVerification verifyFrom(
            ChainHead head, long afterSequence, String afterHash, Iterator<AuditEvent> entries) {
        ChainVerifier verifier = new ChainVerifier();
        verifier.walkChain(head, new Lookahead(entries), afterSequence + 1, afterHash);
        return new ChainVerification(verifier.firstBroken == null, verifier.entriesChecked, verifier.firstBroken);
    }

    private void walkChain(ChainHead head, Lookahead events) {
        walkChain(head, events, 1, ChainHash.GENESIS);
    }

    private void walkChain(ChainHead head, Lookahead events, long firstSequence, String trustedPrevious) {
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

    private static final class Lookahead implements Iterator<AuditEvent> {
        private final Iterator<AuditEvent> source;
        private AuditEvent next;

        Lookahead(Iterator<AuditEvent> source) {
            this.source = source;
        }

        AuditEvent peek() {
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
        public AuditEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEvent current = peek();
            next = null;
            return current;
        }
    }
}
