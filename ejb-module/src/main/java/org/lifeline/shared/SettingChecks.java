package org.lifeline.shared;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The checks a settings bean runs once, when the application starts: each failure is an
 * {@link IllegalStateException} that names the key, so the deployment stops with the key in its log.
 */
public final class SettingChecks {

    private SettingChecks() {}

    public static void positive(String key, long value) {
        if (value < 1) {
            throw new IllegalStateException(key + " must be positive, is " + value);
        }
    }

    public static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive duration, is " + value);
        }
    }

    /** The fewest bytes of an HMAC secret Lifeline signs outbound calls with, outside development. */
    public static final int MIN_SIGNING_SECRET_BYTES = 32;

    /**
     * An endpoint Lifeline calls and signs its calls to (the webhook, the ownership verifier): an http or https URL
     * with a host, and the HMAC secret it needs; outside development, https only ({@code whyHttps} says what the
     * calls carry) and a secret of at least {@link #MIN_SIGNING_SECRET_BYTES} bytes.
     */
    public static void signedEndpoint(
            String urlKey, String url, String secretKey, String secret, boolean development, String whyHttps) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(urlKey + " is not a URL: " + e.getMessage(), e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException(urlKey + " must be an http or https URL with a host");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(urlKey + " is set but " + secretKey
                    + " is not: every call to it is signed, so it needs its secret");
        }
        if (!development && !"https".equals(uri.getScheme())) {
            throw new IllegalStateException(urlKey + " must be an https URL: " + whyHttps
                    + " (plain http only on a development server, lifeline.development=true)");
        }
        if (!development && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SIGNING_SECRET_BYTES) {
            throw new IllegalStateException(secretKey + " must be at least " + MIN_SIGNING_SECRET_BYTES
                    + " bytes (for example 32 random bytes in base64): it is the HMAC key of every call");
        }
    }
}
