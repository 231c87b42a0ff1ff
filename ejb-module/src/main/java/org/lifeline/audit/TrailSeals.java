package org.lifeline.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Optional;
import org.lifeline.crypto.DigestKeys;
import org.lifeline.crypto.DigestKeys.Purpose;

/**
 * The MACs that make the trail's checkpoints tamper-evident to someone who can write to the database but does not hold
 * the server key: one per checkpoint (its chain, sequence and hash) and one over all of them together
 * ({@link TrailSeal}), and the one judgement of whether the checkpoints still add up to that seal, which the
 * compliance run and the verification walk share.
 */
@ApplicationScoped
public class TrailSeals {

    /** Keeps checkpoint seals apart from every other use of the server key. */
    static final String CHECKPOINT_SCOPE = "~audit-checkpoint";

    static final String TRAIL_SCOPE = "~audit-trail-seal";

    @Inject
    DigestKeys keys;

    @Inject
    AuditEventRepository repository;

    DigestKeys.Keyed ofCheckpoint(String chainId, long sequence, String hash) {
        return keys.of(Purpose.CHECKPOINT_SEAL, CHECKPOINT_SCOPE, position(chainId, sequence, hash));
    }

    /** Whether the checkpoint's seal is the one its position and hash have under the key it names. */
    boolean holds(SealedPosition checkpoint) {
        return keys.holds(
                Purpose.CHECKPOINT_SEAL,
                checkpoint.sealKeyId(),
                CHECKPOINT_SCOPE,
                position(checkpoint.chainId(), checkpoint.sequence(), checkpoint.hash()),
                checkpoint.seal());
    }

    DigestKeys.Keyed of(TrailTotals totals) {
        return keys.of(Purpose.TRAIL_SEAL, TRAIL_SCOPE, totals.sealed());
    }

    private static String position(String chainId, long sequence, String hash) {
        return chainId + '\n' + sequence + '\n' + hash;
    }

    /** Whether {@code seal} was never started: the first run starts it from the checkpoints there are. */
    boolean awaitsFirstRun(TrailSeal seal) {
        return seal != null && !seal.started() && !repository.systemChainHas(AuditEventType.AUDIT_TRAIL_SEALED);
    }

    /**
     * What is wrong when the checkpoints add up to {@code actual} under {@code seal} (null when its row is gone): the
     * seal missing, stripped of its MAC after it was started, or altered; a checkpoint missing, or one put back or
     * forged. Nothing for a seal that awaits its first run. The digest is compared only when {@code actual} has one
     * (a count and sum are one query; the digest needs every seal read).
     */
    Optional<String> problem(TrailSeal seal, TrailTotals actual) {
        if (seal == null) {
            return Optional.of("the trail's seal is missing");
        }
        if (!seal.started()) {
            return awaitsFirstRun(seal) ? Optional.empty() : Optional.of("the trail's seal was removed");
        }
        TrailTotals sealed = seal.totals();
        if (!keys.holds(Purpose.TRAIL_SEAL, seal.keyId(), TRAIL_SCOPE, sealed.sealed(), seal.mac())) {
            return Optional.of("the trail's seal was altered");
        }
        if (actual.checkpoints() < sealed.checkpoints()) {
            return Optional.of((sealed.checkpoints() - actual.checkpoints())
                    + " sealed checkpoint(s) vanished: " + actual.checkpoints() + " of " + sealed.checkpoints()
                    + " are left");
        }
        if (actual.checkpoints() != sealed.checkpoints() || actual.sequenceSum() != sealed.sequenceSum()) {
            return Optional.of("checkpoints were put back or forged: their positions add up to "
                    + actual.sequenceSum() + " over " + actual.checkpoints() + " checkpoints, the seal to "
                    + sealed.sequenceSum() + " over " + sealed.checkpoints());
        }
        if (actual.sealsDigest() != null && !actual.sealsDigest().equals(sealed.sealsDigest())) {
            return Optional.of("a checkpoint's seal was replaced: the seals do not add up to the trail's seal");
        }
        return Optional.empty();
    }

    /** Every checkpoint in chain order, read a page at a time (not managed, so nothing piles up in the context). */
    Iterator<SealedPosition> allCheckpoints(int page) {
        return new KeysetCursor<>(
                repository.checkpointsAfter("", page),
                last -> repository.checkpointsAfter(last.chainId(), page),
                () -> {});
    }

    /** What all checkpoints add up to, digest included: every one is read. */
    TrailTotals walkTotals(int page) {
        TrailTotals totals = TrailTotals.NONE;
        for (Iterator<SealedPosition> checkpoints = allCheckpoints(page); checkpoints.hasNext(); ) {
            SealedPosition checkpoint = checkpoints.next();
            totals = totals.added(checkpoint.sequence(), checkpoint.seal());
        }
        return totals;
    }
}
