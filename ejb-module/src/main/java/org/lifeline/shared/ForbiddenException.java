package org.lifeline.shared;

/** The caller may see the thing but may not do this to it (an agent deciding on their own account). */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
