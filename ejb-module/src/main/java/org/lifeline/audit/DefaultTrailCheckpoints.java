package org.lifeline.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import org.lifeline.audit.ChainVerification.BrokenEntry;
import org.lifeline.crypto.PepperedDigest;

@Stateless
public class DefaultTrailCheckpoints implements TrailCheckpoints {

    /** Keeps checkpoint seals apart from every other use of the server key. */
    static final String SEAL_SCOPE = "~audit-checkpoint";

    private static final int PAGE = 500;

    @Inject
    AuditEventRepository repository;

    @Inject
    PepperedDigest mac;

    @Inject
    Clock clock;

    @Override
    public List<String> changedAfter(String after, int size) {
        return repository.chainsChangedSinceCheckpoint(after, size);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public BrokenEntry checkAndSeal(String chainId) {
        AuditChain head = repository.findChain(chainId);
        if (head == null) {
            return null;
        }
        AuditCheckpoint checkpoint = repository.findCheckpoint(chainId);
        long from = 0;
        String fromHash = ChainHash.GENESIS;
        if (checkpoint != null) {
            BrokenEntry broken = checkCheckpoint(checkpoint);
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
        ChainVerification verification = ChainVerifier.verifyFrom(head, from, fromHash, entries);
        if (!verification.intact()) {
            return verification.firstBrokenEntry();
        }
        if (checkpoint == null) {
            checkpoint = new AuditCheckpoint(chainId);
            checkpoint.seal(
                    head.lastSequence(),
                    head.lastHash(),
                    seal(chainId, head.lastSequence(), head.lastHash()),
                    clock.instant());
            repository.addCheckpoint(checkpoint);
        } else {
            checkpoint.seal(
                    head.lastSequence(),
                    head.lastHash(),
                    seal(chainId, head.lastSequence(), head.lastHash()),
                    clock.instant());
        }
        return null;
    }

    private BrokenEntry checkCheckpoint(AuditCheckpoint checkpoint) {
        String chainId = checkpoint.chainId();
        String account = AuditChain.SYSTEM_CHAIN.equals(chainId) ? null : chainId;
        if (!MessageDigest.isEqual(
                seal(chainId, checkpoint.sequence(), checkpoint.hash()).getBytes(StandardCharsets.US_ASCII),
                checkpoint.seal().getBytes(StandardCharsets.US_ASCII))) {
            return new BrokenEntry(null, chainId, account, checkpoint.sequence(), "the sealed checkpoint was altered");
        }
        if (checkpoint.sequence() == 0) {
            return null;
        }
        AuditEvent entry = repository.eventAt(chainId, checkpoint.sequence());
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

    private String seal(String chainId, long sequence, String hash) {
        return mac.of(SEAL_SCOPE, chainId + '\n' + sequence + '\n' + hash);
    }
}
