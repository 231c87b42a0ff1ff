package org.lifeline.shared;

/** The request is malformed in a way the domain can name: a bad identifier, a page out of range. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String message) {
        super("invalid-request", message);
    }
}
