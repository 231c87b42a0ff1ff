package org.lifeline.web.recoverycode;

import java.time.Instant;
import java.util.List;
import org.lifeline.recoverycode.IssuedCodes;

/** A new set of recovery codes as JSON. */
public record IssuedCodesResponse(List<String> recoveryCodes, Instant generatedAt) {

    public static IssuedCodesResponse of(IssuedCodes codes) {
        return new IssuedCodesResponse(codes.codes(), codes.generatedAt());
    }

    /** The codes are counted, never printed: this is what a log line or an error message would show. */
    @Override
    public String toString() {
        return "IssuedCodesResponse[" + (recoveryCodes == null ? 0 : recoveryCodes.size()) + " codes, generatedAt="
                + generatedAt + "]";
    }
}
