package org.lifeline.web.recoverycode;

import java.time.Instant;
import java.util.List;
import org.lifeline.recoverycode.IssuedCodes;

/** A new set of recovery codes as JSON. */
public record IssuedCodesResponse(List<String> recoveryCodes, Instant generatedAt) {

    public static IssuedCodesResponse of(IssuedCodes codes) {
        return new IssuedCodesResponse(codes.codes(), codes.generatedAt());
    }
}
