package org.lifeline.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's pepper ({@code lifeline.recovery-codes.pepper}, at least 32 bytes in base64), a secret that never
 * enters the database: the first key of {@link DigestKeys} (id {@code pepper}), and the key of the rows written before
 * there were per-purpose keys (HMAC-SHA256 under the pepper itself, no key id stored), which are still read. A server
 * without the pepper does not start.
 */
@ApplicationScoped
public class PepperedDigest {

    public static final String PEPPER = "lifeline.recovery-codes.pepper";

    @Inject
    @ConfigProperty(name = PEPPER)
    Optional<String> configuredPepper;

    private SecretKeySpec pepper;
    private byte[] pepperBytes;

    @PostConstruct
    void load() {
        String encoded = configuredPepper.orElseThrow(() -> new IllegalStateException(
                PEPPER + " is not configured: give the server a secret of at least 32 random bytes (base64)"));
        pepperBytes = decodePepper(encoded);
        pepper = new SecretKeySpec(pepperBytes, "HmacSHA256");
    }

    /** The pepper's bytes, for {@link DigestKeys} to derive its purpose keys from (key id {@code pepper}). */
    byte[] pepper() {
        return pepperBytes.clone();
    }

    /** The pepper's bytes; an {@link IllegalStateException} says what is wrong with the configured value. */
    public static byte[] decodePepper(String encoded) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PEPPER + " is not base64");
        }
        if (key.length < 32) {
            throw new IllegalStateException(PEPPER + " must be at least 32 bytes");
        }
        return key;
    }

    /**
     * The digest of {@code value} within {@code scope} under the pepper itself, as 64 hex characters: the scheme of
     * the rows written before {@link DigestKeys} (their key id is null), still read, no longer written.
     */
    public String of(String scope, String value) {
        return hmac(pepper, scope, value);
    }

    /** HMAC-SHA256 of {@code scope}, a zero byte and {@code value}, as 64 hex characters. */
    static String hmac(SecretKeySpec key, String scope, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
