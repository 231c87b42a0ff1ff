package org.lifeline.recoverycode;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The account's recovery codes as its status shows them. {@code low} warns when fewer than four are left. */
public record RecoveryCodeState(
        int remaining,
        int total,
        @Schema(nullable = true) Instant generatedAt,
        @Schema(nullable = true) Instant lastUsedAt,
        boolean mustRegenerate,
        boolean low) {

    public static final int LOW_BELOW = 4;
    public static final RecoveryCodeState NONE = new RecoveryCodeState(0, 0, null, null, false, false);

    /** The state of the account's live set; {@link #NONE} when it has none. */
    public static RecoveryCodeState of(RecoveryCodeSet live) {
        if (live == null) {
            return NONE;
        }
        int remaining = live.unused();
        return new RecoveryCodeState(
                remaining,
                live.total(),
                live.generatedAt(),
                live.lastUsedAt(),
                live.mustRegenerate(),
                remaining < LOW_BELOW);
    }
}
