package org.lifeline.verification;

import org.lifeline.attempt.CodeMethod;

/** A code was right. The recovery-code counts tell the platform whether to nag the owner. */
public record VerificationResult(
        boolean verified, CodeMethod method, int recoveryCodesRemaining, boolean mustRegenerate) {}
