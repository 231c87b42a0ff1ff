package org.lifeline.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of walking every chain: intact, or the first entry (lowest id) found broken, with the reason.
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        @Schema(nullable = true) BrokenEntry firstBrokenEntry) {

    /**
     * A broken link. {@code id} is null when what is missing is the entry itself (the chain's head names more
     * entries than are stored).
     */
    public record BrokenEntry(
            @Schema(nullable = true) Long id,
            String chainId,
            @Schema(nullable = true) String accountId,
            long sequence,
            String reason) {}
}
