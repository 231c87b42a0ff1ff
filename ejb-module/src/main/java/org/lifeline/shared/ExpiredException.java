package org.lifeline.shared;

/** What the request refers to existed but has run out (a stale enrollment, a used-up link). */
public class ExpiredException extends DomainException {

    public ExpiredException(String message) {
        super("expired", message);
    }
}
