package org.lifeline.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the domain explains to its caller: it rolls the transaction back and carries a stable, machine-readable
 * code that the REST layer hands on unchanged. Messages never contain secrets or codes.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The stable word clients branch on, such as {@code not-found} or {@code conflict}. */
    public String code() {
        return code;
    }
}
