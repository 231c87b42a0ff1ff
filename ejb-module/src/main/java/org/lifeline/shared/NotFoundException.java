package org.lifeline.shared;

/** The thing asked for does not exist, or the caller may not know that it does: both answer the same. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super("not-found", message);
    }
}
