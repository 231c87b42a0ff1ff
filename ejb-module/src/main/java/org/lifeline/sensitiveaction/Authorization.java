package org.lifeline.sensitiveaction;

import java.time.Instant;

/** One sensitive action authorized by a fresh code, as the platform records it; valid until {@code expiresAt}. */
public record Authorization(String authorizationId, String action, Instant authorizedAt, Instant expiresAt) {}
