package org.lifeline.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("b".repeat(32).getBytes(StandardCharsets.US_ASCII));

    @Test
    void sealedSecretsOpenOnlyInTheirContext() {
        SecretBox box = box("a:" + KEY_A, "a");
        byte[] secret = Secrets.random(20);
        String sealed = box.seal(secret, "authenticator:alice:1");
        assertTrue(sealed.startsWith("a:"));
        assertFalse(sealed.contains(Secrets.base32(secret)));
        assertArrayEquals(secret, box.open(sealed, "authenticator:alice:1"));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "authenticator:mallory:1"));
    }

    @Test
    void everySealingIsDifferent() {
        SecretBox box = box("a:" + KEY_A, "a");
        byte[] secret = Secrets.random(20);
        assertNotEquals(box.seal(secret, "c"), box.seal(secret, "c"));
    }

    @Test
    void alteredCiphertextDoesNotOpen() {
        SecretBox box = box("a:" + KEY_A, "a");
        String sealed = box.seal(Secrets.random(20), "c");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(2));
        raw[raw.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> box.open("a:" + Base64.getEncoder().encodeToString(raw), "c"));
    }

    @Test
    void oldKeysStillOpenAfterRotation() {
        byte[] secret = Secrets.random(20);
        String sealedUnderA = box("a:" + KEY_A, "a").seal(secret, "c");
        SecretBox rotated = box("a:" + KEY_A + ",b:" + KEY_B, "b");
        assertArrayEquals(secret, rotated.open(sealedUnderA, "c"));
        assertTrue(rotated.seal(secret, "c").startsWith("b:"));
    }

    @Test
    void streamsSealAndOpenLargeValues() throws Exception {
        SecretBox box = box("a:" + KEY_A, "a");
        byte[] plain = Secrets.random(3 * 1024 * 1024 + 17);
        SecretBox.SealedStream sealed = box.sealStream(new java.io.ByteArrayInputStream(plain), "evidence:1");
        byte[] stored = sealed.bytes().readAllBytes();
        assertEquals(12 + plain.length + 16, stored.length);
        assertArrayEquals(
                plain, box.openStream(sealed.keyId(), new java.io.ByteArrayInputStream(stored), "evidence:1"));
        assertThrows(
                IllegalStateException.class,
                () -> box.openStream("a", new java.io.ByteArrayInputStream(stored), "evidence:2"));
        stored[100] ^= 1;
        assertThrows(
                IllegalStateException.class,
                () -> box.openStream("a", new java.io.ByteArrayInputStream(stored), "evidence:1"));
    }

    @Test
    void missingOrBadKeysStopTheServer() {
        assertEquals(
                "lifeline.crypto.keys is not configured: give the server at least one 256-bit key (id:base64)"
                        + " to encrypt secrets",
                assertThrows(IllegalStateException.class, () -> box(null, "a")).getMessage());
        assertThrows(IllegalStateException.class, () -> box("a:" + KEY_A, null));
        assertThrows(IllegalStateException.class, () -> box("a:" + KEY_A, "b"));
        assertThrows(
                IllegalStateException.class,
                () -> box("a:" + Base64.getEncoder().encodeToString(new byte[16]), "a"));
        assertThrows(IllegalStateException.class, () -> box("a:not base64!", "a"));
        assertThrows(IllegalStateException.class, () -> box("a:" + KEY_A + ",a:" + KEY_B, "a"));
    }

    @Test
    void segmentsOpenOnlyInTheirPlaceAndTheLastOnlyAsTheLast() {
        SecretBox box = box("a:" + KEY_A, "a");
        byte[] plain = "first segment of a file".getBytes(StandardCharsets.UTF_8);
        byte[] first = box.sealSegment("a", plain, 5, "evidence:c:e", 0, false);
        byte[] last = box.sealSegment("a", plain, plain.length, "evidence:c:e", 1, true);
        assertArrayEquals(
                "first".getBytes(StandardCharsets.UTF_8), box.openSegment("a", first, "evidence:c:e", 0, false));
        assertArrayEquals(plain, box.openSegment("a", last, "evidence:c:e", 1, true));
        // reordered, cut off after the first (which was not sealed as the last), or moved to another file
        assertThrows(IllegalStateException.class, () -> box.openSegment("a", last, "evidence:c:e", 0, true));
        assertThrows(IllegalStateException.class, () -> box.openSegment("a", first, "evidence:c:e", 0, true));
        assertThrows(IllegalStateException.class, () -> box.openSegment("a", first, "evidence:c:other", 0, false));
    }

    static SecretBox box(String keys, String active) {
        KeyRing ring = new KeyRing();
        ring.configuredKeys = Optional.ofNullable(keys);
        ring.configuredActive = Optional.ofNullable(active);
        ring.load();
        SecretBox box = new SecretBox();
        box.keys = ring;
        return box;
    }
}
