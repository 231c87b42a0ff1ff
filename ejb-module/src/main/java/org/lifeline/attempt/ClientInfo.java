package org.lifeline.attempt;

/** Where an attempt came from, as recorded for the compliance job; never used to decide anything. */
public record ClientInfo(String address, String userAgent) {

    public static final int MAX_LENGTH = 255;
    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);

    public ClientInfo {
        address = clip(address);
        userAgent = clip(userAgent);
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }
}
