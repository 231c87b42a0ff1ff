package org.lifeline.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets at rest: AES-256-GCM under the active key of the {@link KeyRing}, a fresh 96-bit nonce each time, and a
 * context (such as the owner's id) bound in as associated data, so a sealed value copied to another row does not
 * open. The stored form is {@code keyId:base64(nonce || ciphertext || tag)}; the key id lets old values open after
 * the active key rotates.
 */
@ApplicationScoped
public class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    KeyRing keys;

    public String seal(byte[] plaintext, String context) {
        KeyRing.Entry key = keys.active();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = aes.doFinal(plaintext);
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return key.id() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with AES-256-GCM", e);
        }
    }

    /** A stream sealed under one key: {@code nonce || ciphertext || tag}, read lazily from the plaintext. */
    public record SealedStream(String keyId, InputStream bytes) {}

    /** Seals a stream as it is read, for large values (evidence files) that must not be held in memory twice. */
    public SealedStream sealStream(InputStream plaintext, String context) {
        KeyRing.Entry key = keys.active();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new SealedStream(
                    key.id(),
                    new SequenceInputStream(new ByteArrayInputStream(nonce), new CipherInputStream(plaintext, aes)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with AES-256-GCM", e);
        }
    }

    /**
     * Opens what {@link #sealStream} sealed, in one piece: GCM releases no plaintext before the tag is checked, so
     * the value is held once, as the plaintext (a decrypting stream would buffer it anyway, and slowly).
     */
    public byte[] openStream(String keyId, InputStream sealed, String context) {
        KeyRing.Entry key = keys.byId(keyId);
        try {
            byte[] nonce = sealed.readNBytes(NONCE_BYTES);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return aes.doFinal(sealed.readAllBytes());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a sealed value does not open: altered, moved, or under another key", e);
        }
    }

    /** The id of the key new values are sealed with. */
    public String activeKeyId() {
        return keys.active().id();
    }

    /**
     * Seals one segment of a large value that is stored in segments (evidence files): {@code nonce || ciphertext ||
     * tag} of the first {@code length} bytes of {@code plaintext}, under the key {@code keyId}, with the context, the
     * segment's number and whether it is the last bound in as associated data, so that segments cannot be reordered,
     * moved to another value, or cut off after any of them.
     */
    public byte[] sealSegment(String keyId, byte[] plaintext, int length, String context, int segment, boolean last) {
        KeyRing.Entry key = keys.byId(keyId);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(segmentContext(context, segment, last));
            byte[] stored = new byte[NONCE_BYTES + aes.getOutputSize(length)];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            aes.doFinal(plaintext, 0, length, stored, NONCE_BYTES);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with AES-256-GCM", e);
        }
    }

    /** Opens a segment {@link #sealSegment} sealed; fails when it was altered, moved, reordered or is not the last. */
    public byte[] openSegment(String keyId, byte[] stored, String context, int segment, boolean last) {
        KeyRing.Entry key = keys.byId(keyId);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            aes.updateAAD(segmentContext(context, segment, last));
            return aes.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed segment does not open: altered, moved, or under another key", e);
        }
    }

    private static byte[] segmentContext(String context, int segment, boolean last) {
        return (context + "\nsegment " + segment + (last ? " last" : "")).getBytes(StandardCharsets.UTF_8);
    }

    public byte[] open(String sealed, String context) {
        int colon = sealed.indexOf(':');
        if (colon < 1) {
            throw new IllegalStateException("a sealed secret has no key id");
        }
        KeyRing.Entry key = keys.byId(sealed.substring(0, colon));
        byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return aes.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret does not open: altered, moved, or under another key", e);
        }
    }
}
