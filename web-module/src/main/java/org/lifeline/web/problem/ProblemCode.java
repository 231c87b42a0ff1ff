package org.lifeline.web.problem;

import java.util.Arrays;

/** The stable codes of the contract and the HTTP status each one answers with. */
public enum ProblemCode {
    INVALID_REQUEST("invalid-request", 400, "The request is not valid"),
    UNAUTHORIZED("unauthorized", 401, "Authentication is required"),
    FORBIDDEN("forbidden", 403, "Not allowed for this role"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No acceptable representation"),
    CONFLICT("conflict", 409, "Conflict with the current state"),
    EXPIRED("expired", 410, "Expired"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    VERIFICATION_FAILED("verification-failed", 422, "Verification failed"),
    SECRET_PHRASE_REFUSED("secret-phrase-refused", 422, "A wallet recovery phrase was refused"),
    HELD("held", 423, "Sensitive actions are held"),
    LOCKED("locked", 429, "Too many failed attempts"),
    QUOTA_EXCEEDED("quota-exceeded", 429, "Over the account's allowance for the period"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    UNAVAILABLE("unavailable", 503, "Temporarily unavailable");

    private final String word;
    private final int status;
    private final String title;

    ProblemCode(String word, int status, String title) {
        this.word = word;
        this.status = status;
        this.title = title;
    }

    public String word() {
        return word;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code a domain refusal names; an unknown word is a programming error and answers as internal. */
    public static ProblemCode ofWord(String word) {
        return Arrays.stream(values())
                .filter(c -> c.word.equals(word))
                .findFirst()
                .orElse(INTERNAL_ERROR);
    }

    /** The code for an HTTP status the container or JAX-RS produced. */
    public static ProblemCode ofStatus(int status) {
        return Arrays.stream(values())
                .filter(c -> c.status == status)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST);
    }
}
