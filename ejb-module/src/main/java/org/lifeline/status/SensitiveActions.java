package org.lifeline.status;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a sensitive action (a withdrawal, a new withdrawal address, an API key: the platform decides what counts)
 * may go ahead now, and every reason it may not.
 *
 * @param blockedUntil the latest end of the reasons that end by themselves; null when none does
 */
public record SensitiveActions(
        boolean allowed, @Schema(nullable = true) Instant blockedUntil, List<Reason> reasons) {

    /** Why sensitive actions are held, as the contract names them. */
    public enum Code {
        /** A security reset took effect; held until its hold ends. */
        RESET_HOLD,
        /** A recovery code was used and no new set exists yet. */
        RECOVERY_CODES_MUST_REGENERATE,
        /** The authenticator was reported lost. */
        AUTHENTICATOR_FROZEN,
        /** Nothing ACTIVE to step up with. */
        NO_SECOND_FACTOR,
        /** Codes are refused for now (until the lock lifts; no end while TOTP is barred). */
        ACCOUNT_LOCKED,
        /** A security-reset case is open, or approved and waiting. */
        RECOVERY_CASE_OPEN,
        /** A HIGH finding flagged the account and support has not cleared it. */
        UNDER_REVIEW
    }

    /** @param until when the reason ends by itself; null when it does not */
    public record Reason(Code code, @Schema(nullable = true) Instant until) {
        public Reason {
            Objects.requireNonNull(code, "code");
        }
    }

    public SensitiveActions {
        reasons = List.copyOf(reasons);
    }

    /** The answer for these reasons: allowed when there are none. */
    public static SensitiveActions of(List<Reason> reasons) {
        Instant latest = reasons.stream()
                .map(Reason::until)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new SensitiveActions(reasons.isEmpty(), latest, reasons);
    }
}
