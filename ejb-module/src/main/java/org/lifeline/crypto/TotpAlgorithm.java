package org.lifeline.crypto;

/** The HMAC behind a TOTP code. Authenticator apps ignore anything but SHA1 in practice; the others are RFC 6238's. */
public enum TotpAlgorithm {
    SHA1("HmacSHA1", 20),
    SHA256("HmacSHA256", 32),
    SHA512("HmacSHA512", 64);

    private final String macName;
    private final int secretBytes;

    TotpAlgorithm(String macName, int secretBytes) {
        this.macName = macName;
        this.secretBytes = secretBytes;
    }

    public String macName() {
        return macName;
    }

    /** The secret length RFC 6238 uses with this hash; at least the 160 bits RFC 4226 asks for. */
    public int secretBytes() {
        return secretBytes;
    }
}
