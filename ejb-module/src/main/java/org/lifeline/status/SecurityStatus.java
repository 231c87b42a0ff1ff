package org.lifeline.status;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lifeline.recoverycode.RecoveryCodeState;

/** Everything an account holder needs to know about the account's protection, as one snapshot. */
public record SecurityStatus(
        String accountId,
        AuthenticatorState authenticator,
        RecoveryCodeState recoveryCodes,
        LockState lock,
        HoldState hold,
        @Schema(nullable = true) OpenRecoveryCase openRecoveryCase) {

    /** {@code NONE}, {@code PENDING}, {@code ACTIVE} or {@code FROZEN}. */
    public record AuthenticatorState(String status) {}

    /**
     * @param locked TOTP codes are refused now, unevaluated
     * @param retryAfterSeconds when a lock lifts by itself; 0 when none does
     * @param totpBarred past the cap of failures since the last success: TOTP codes stay refused until a right
     *     recovery code or support's unlock
     */
    public record LockState(boolean locked, long retryAfterSeconds, boolean totpBarred) {}

    public record HoldState(@Schema(nullable = true) Instant sensitiveActionsBlockedUntil) {}

    public record OpenRecoveryCase(String id, String status) {}
}
