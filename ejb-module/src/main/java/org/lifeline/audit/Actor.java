package org.lifeline.audit;

import java.util.Objects;
import org.lifeline.shared.InvalidRequestException;

/**
 * Who caused a security event: the token's subject and the role it acted in, or the system itself
 * (schedules, timers, the compliance job).
 */
public record Actor(String subject, String role) {

    public static final Actor SYSTEM = new Actor("lifeline", "system");
    public static final int MAX_SUBJECT_LENGTH = 255;

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidRequestException("the token's subject must be 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
    }
}
