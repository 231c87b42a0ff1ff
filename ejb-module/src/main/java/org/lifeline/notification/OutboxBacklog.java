package org.lifeline.notification;

import java.time.Instant;

/** The notifications not yet delivered and the creation time of the oldest of them (null when there are none). */
public record OutboxBacklog(long undelivered, Instant oldestCreatedAt) {}
