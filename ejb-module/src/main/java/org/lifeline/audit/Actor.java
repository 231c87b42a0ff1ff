package org.lifeline.audit;

import java.util.Objects;

/**
 * Who caused a security event: the token's subject and the role it acted in, or the system itself
 * (schedules, timers, the compliance job).
 */
public record Actor(String subject, String role) {

    public static final Actor SYSTEM = new Actor("lifeline", "system");

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
    }
}
