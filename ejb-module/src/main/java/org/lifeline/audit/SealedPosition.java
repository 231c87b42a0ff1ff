package org.lifeline.audit;

/**
 * A checkpoint as read for a walk over all of them: where its chain was sealed, the seal, and the id of the key that
 * made it (null for the pepper's old scheme). Not managed.
 */
public record SealedPosition(String chainId, long sequence, String hash, String seal, String sealKeyId) {}
