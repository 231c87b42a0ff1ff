package org.lifeline.authenticator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.lifeline.crypto.Totp;

/**
 * The Key URI an authenticator app reads from the QR code:
 * {@code otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER&algorithm=SHA1&digits=6&period=30}, with the label
 * parts and the issuer percent-encoded (spaces as {@code %20}, which every app decodes).
 */
public final class OtpAuthUri {

    private OtpAuthUri() {}

    public static String of(String issuer, String accountName, String base32Secret, Totp totp) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + totp.algorithm().name()
                + "&digits=" + totp.digits()
                + "&period=" + totp.periodSeconds();
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
