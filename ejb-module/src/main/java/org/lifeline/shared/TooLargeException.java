package org.lifeline.shared;

/** Over a size or count limit. */
public class TooLargeException extends DomainException {

    public TooLargeException(String message) {
        super("payload-too-large", message);
    }
}
