package org.lifeline.shared;

/** The request contradicts the current state (an illegal transition, a duplicate, a lost race). */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super("conflict", message);
    }
}
