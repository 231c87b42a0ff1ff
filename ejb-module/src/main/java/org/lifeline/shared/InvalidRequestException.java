package org.lifeline.shared;

/** The request is malformed in a way the domain can name: a bad identifier, a page out of range. */
public class InvalidRequestException extends DomainException {

    private final String field;

    public InvalidRequestException(String message) {
        this(null, message);
    }

    private InvalidRequestException(String field, String message) {
        super("invalid-request", message);
        this.field = field;
    }

    /**
     * A refusal of one field, found where the service contract's constraints cannot look (a field read from a stream
     * after the call began): answered as the contract's refusals are, naming the field.
     */
    public static InvalidRequestException ofField(String field, String message) {
        return new InvalidRequestException(field, message);
    }

    /** The field refused, or {@code null} when the refusal is of the request as a whole. */
    public String field() {
        return field;
    }
}
