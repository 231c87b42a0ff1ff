package org.lifeline.audit;

/**
 * Where a chain's head stood when it was read: a value, not the managed row, so a check that reads many heads leaves
 * nothing in the persistence context that an append in the same transaction could find stale.
 */
public record ChainHead(String id, long lastSequence, String lastHash) {}
