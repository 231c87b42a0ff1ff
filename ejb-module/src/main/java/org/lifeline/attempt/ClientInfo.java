package org.lifeline.attempt;

/**
 * Where a code came from, for the record of attempts: the end user's address and user agent, and, when a platform's
 * back end relayed the end user's own (service calls may name them), the address of the platform that relayed them.
 */
public record ClientInfo(String address, String userAgent, String relayAddress) {

    public static final int MAX_LENGTH = 255;
    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

    public ClientInfo {
        address = clip(address);
        userAgent = clip(userAgent);
        relayAddress = clip(relayAddress);
    }

    /** A client that called Lifeline itself. */
    public ClientInfo(String address, String userAgent) {
        this(address, userAgent, null);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
