package org.lifeline.audit;

import java.util.Objects;
import org.lifeline.shared.InvalidRequestException;

/**
 * Who caused a security event: the token's subject and the role it acted in, or the system itself (schedules, timers,
 * the compliance job). {@code account} is the customer account the person behind the token holds: the subject for an
 * account holder, and for staff the account their token names (their support identity may differ from it), or the
 * subject when it names none. The rules about people (never on one's own account, two different agents) use it.
 */
public record Actor(String subject, String role, String account) {

    public static final Actor SYSTEM = new Actor("lifeline", "system");
    public static final int MAX_SUBJECT_LENGTH = 255;

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(account, "account");
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidRequestException("the token's subject must be 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
        if (account.isEmpty() || account.length() > MAX_SUBJECT_LENGTH) {
            throw new InvalidRequestException(
                    "the token's account claim must be 1 to " + MAX_SUBJECT_LENGTH + " characters");
        }
    }

    /** An actor whose customer account, if any, is its subject. */
    public Actor(String subject, String role) {
        this(subject, role, subject);
    }

    /** Whether {@code accountId} is this person's own account: their subject, or the account their token names. */
    public boolean holds(String accountId) {
        return subject.equals(accountId) || account.equals(accountId);
    }
}
