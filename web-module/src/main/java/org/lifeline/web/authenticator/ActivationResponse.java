package org.lifeline.web.authenticator;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a confirmed enrollment. {@code recoveryCodes} is where the one-time display of the recovery codes
 * goes; until recovery codes are issued it is empty and {@code generatedAt} null.
 */
public record ActivationResponse(String authenticatorId, String status, Instant activatedAt, List<String> recoveryCodes,
        Instant generatedAt) {
}
