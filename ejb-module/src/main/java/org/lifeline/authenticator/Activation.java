package org.lifeline.authenticator;

import java.time.Instant;
import org.lifeline.recoverycode.IssuedCodes;

/** A confirmed authenticator, and the recovery codes issued with it. */
public record Activation(
        String authenticatorId, AuthenticatorStatus status, Instant activatedAt, IssuedCodes recoveryCodes) {}
