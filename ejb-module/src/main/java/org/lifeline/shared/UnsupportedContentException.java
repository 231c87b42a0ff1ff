package org.lifeline.shared;

/** Content of a kind the domain does not take, judged by its bytes. */
public class UnsupportedContentException extends DomainException {

    public UnsupportedContentException(String message) {
        super("unsupported-media-type", message);
    }
}
