package org.lifeline.recoverycode;

import java.time.Instant;
import java.util.List;

/**
 * A new set of recovery codes in the form people read: the one time they leave the server. {@code accountName}
 * and {@code issuer} label the downloadable sheet.
 */
public record IssuedCodes(List<String> codes, Instant generatedAt, String accountName, String issuer) {

    public IssuedCodes {
        codes = List.copyOf(codes);
    }

    @Override
    public String toString() {
        return "IssuedCodes[" + codes.size() + " codes, " + generatedAt + "]";
    }
}
