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
 * HMAC-SHA256 under the server's pepper ({@code lifeline.recovery-codes.pepper}, at least 32 bytes in base64), a
 * secret that never enters the database: recovery codes are stored as these digests, and the trail's checkpoints and
 * the cancel links' tokens are sealed with them. Codes carry 120 random bits, so a fast keyed hash is enough (NIST
 * SP 800-63B allows it from 112 bits) and a check stays one indexed lookup: no slow hash to turn into a denial of
 * service. A server without the pepper does not start.
 */
@ApplicationScoped
public class PepperedDigest {

    public static final String PEPPER = "lifeline.recovery-codes.pepper";

    @Inject
    @ConfigProperty(name = PEPPER)
    Optional<String> configuredPepper;

    private SecretKeySpec pepper;

    @PostConstruct
    void load() {
        String encoded = configuredPepper.orElseThrow(() -> new IllegalStateException(
                PEPPER + " is not configured: give the server a secret of at least 32 random bytes (base64)"));
        pepper = new SecretKeySpec(decodePepper(encoded), "HmacSHA256");
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

    /** The digest of {@code value} within {@code scope} (the account), as 64 hex characters. */
    public String of(String scope, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
