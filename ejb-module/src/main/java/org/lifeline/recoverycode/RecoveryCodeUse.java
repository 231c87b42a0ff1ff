package org.lifeline.recoverycode;

/** A recovery code was accepted: how many are left, and that a new set is now due. */
public record RecoveryCodeUse(int remaining, boolean mustRegenerate) {}
