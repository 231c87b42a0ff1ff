package org.lifeline.crypto;

import java.util.Base64;
import java.util.Optional;

/** Digest keys for unit tests: the pepper (32 bytes of {@code pepperByte}) and optionally more keys. */
public final class TestKeys {

    private TestKeys() {}

    public static DigestKeys of(int pepperByte, String moreKeys, String active) {
        PepperedDigest pepper = new PepperedDigest();
        pepper.configuredPepper = Optional.of(Base64.getEncoder().encodeToString(filled(pepperByte)));
        pepper.load();
        DigestKeys keys = new DigestKeys();
        keys.pepper = pepper;
        keys.configuredKeys = Optional.ofNullable(moreKeys);
        keys.configuredActive = Optional.ofNullable(active);
        keys.load();
        return keys;
    }

    public static String key(String id, int fill) {
        return id + ":" + Base64.getEncoder().encodeToString(filled(fill));
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
