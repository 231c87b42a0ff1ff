package org.lifeline.shared;

/**
 * A zero-based page of at most {@link #MAX_SIZE} items. Built from untrusted query strings through
 * {@link #parse(String, String)}, which refuses what a client might send by mistake or on purpose.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    /** Keeps {@code page * size} far from overflowing an offset. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidRequestException("page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Reads {@code page} and {@code size} query values; absent values take the defaults (0 and 20). */
    public static PageRequest parse(String page, String size) {
        return new PageRequest(parseNumber("page", page, 0), parseNumber("size", size, DEFAULT_SIZE));
    }

    private static int parseNumber(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
    }

    public int offset() {
        return page * size;
    }
}
