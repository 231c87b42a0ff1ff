package org.lifeline.authenticator;

import java.time.Instant;

/** A confirmed authenticator. */
public record Activation(String authenticatorId, AuthenticatorStatus status, Instant activatedAt) {
}
