package org.lifeline.audit;

/** A checkpoint as read for a walk over all of them: where its chain was sealed, and the seal. Not managed. */
public record SealedPosition(String chainId, long sequence, String hash, String seal) {}
