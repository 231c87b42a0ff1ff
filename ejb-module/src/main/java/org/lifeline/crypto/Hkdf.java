package org.lifeline.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): one secret becomes independent keys, one per purpose, named by a fixed label. The
 * platform before Java 24 has no KDF API; this is the RFC's two steps, checked against its test vectors.
 */
public final class Hkdf {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {}

    /** {@code length} bytes of key for {@code info}, from {@code secret} and an optional {@code salt}. */
    public static byte[] derive(byte[] secret, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt, HMAC));
            byte[] pseudoRandomKey = mac.doFinal(secret);
            mac.init(new SecretKeySpec(pseudoRandomKey, HMAC));
            ByteArrayOutputStream out = new ByteArrayOutputStream(length + HASH_LENGTH);
            byte[] block = new byte[0];
            for (int counter = 1; out.size() < length; counter++) {
                mac.update(block);
                mac.update(info);
                mac.update((byte) counter);
                block = mac.doFinal();
                out.writeBytes(block);
            }
            byte[] okm = new byte[length];
            System.arraycopy(out.toByteArray(), 0, okm, 0, length);
            return okm;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }

    /** A 32-byte key for the purpose {@code label}, with no salt. */
    public static byte[] derive(byte[] secret, String label) {
        return derive(secret, null, label.getBytes(StandardCharsets.UTF_8), HASH_LENGTH);
    }
}
