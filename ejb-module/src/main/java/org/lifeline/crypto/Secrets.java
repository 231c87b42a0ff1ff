package org.lifeline.crypto;

import java.security.SecureRandom;
import org.apache.commons.codec.binary.Base32;

/** Fresh random secrets and their Base32 form (RFC 4648, no padding), as authenticator apps take them. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static byte[] random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String base32(byte[] bytes) {
        return new Base32().encodeToString(bytes).replace("=", "");
    }
}
