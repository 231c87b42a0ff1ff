package org.lifeline.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Lifeline-Signature} header of a webhook call: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body" under the shared secret>}. A receiver recomputes it, compares in constant time, and refuses a
 * timestamp more than five minutes away from its clock (the replay window).
 */
public final class WebhookSignature {

    public static final String HEADER = "Lifeline-Signature";

    private WebhookSignature() {}

    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /**
     * Whether {@code header} is a signature of {@code body} under {@code secret} made within {@code toleranceSeconds}
     * of {@code now} (unix seconds), compared in constant time. False for a header that is absent or malformed.
     */
    public static boolean verifies(String secret, String header, String body, long now, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long timestamp = null;
        String given = null;
        for (String part : header.split(",")) {
            String item = part.strip();
            if (item.startsWith("t=")) {
                try {
                    timestamp = Long.parseLong(item.substring(2));
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (item.startsWith("v1=")) {
                given = item.substring(3);
            }
        }
        if (timestamp == null || given == null || Math.abs(now - timestamp) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(
                hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
