package org.lifeline.authenticator;

import java.time.Instant;
import org.lifeline.crypto.TotpAlgorithm;

/** A started enrollment: what the owner types or scans into the app. The only time the secret leaves the server. */
public record Enrollment(
        String enrollmentId,
        String secret,
        String otpauthUri,
        TotpAlgorithm algorithm,
        int digits,
        int period,
        Instant expiresAt) {

    @Override
    public String toString() {
        return "Enrollment[" + enrollmentId + "]";
    }
}
