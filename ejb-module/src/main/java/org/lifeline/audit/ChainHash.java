package org.lifeline.audit;

import static org.lifeline.shared.JsonProcessing.JSON;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.lifeline.crypto.Sha256;

/**
 * How an audit entry is sealed: SHA-256 over a canonical JSON array of its content and the hash of the entry before
 * it in the same chain. JSON escaping keeps the fields unambiguous; the version tag lets the format evolve.
 */
public final class ChainHash {

    /** The "previous hash" of the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final String FORMAT = "lifeline-audit-v1";

    private ChainHash() {}

    public static String of(
            String previousHash,
            String chainId,
            long sequence,
            String accountId,
            Instant occurredAt,
            String type,
            String actorSubject,
            String actorRole,
            String details) {
        String canonical = JSON.createArrayBuilder()
                .add(FORMAT)
                .add(chainId)
                .add(sequence)
                .add(accountId == null ? "" : accountId)
                .add(occurredAt.toString())
                .add(type)
                .add(actorSubject)
                .add(actorRole)
                .add(details)
                .add(previousHash)
                .build()
                .toString();
        return Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8));
    }
}
