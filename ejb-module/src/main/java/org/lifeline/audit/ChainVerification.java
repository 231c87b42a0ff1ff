package org.lifeline.audit;

/**
 * The outcome of walking every chain: intact, or the first entry (lowest id) found broken, with the reason.
 */
public record ChainVerification(boolean intact, long entriesChecked, BrokenEntry firstBrokenEntry) {

    /**
     * A broken link. {@code id} is null when what is missing is the entry itself (the chain's head names more
     * entries than are stored).
     */
    public record BrokenEntry(Long id, String chainId, String accountId, long sequence, String reason) {
    }
}
