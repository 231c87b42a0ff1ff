package org.lifeline.web.authenticator;

import java.time.Instant;
import java.util.List;
import org.lifeline.authenticator.Activation;

/** The answer to a confirmed enrollment, with the one-time display of the recovery codes issued with it. */
public record ActivationResponse(
        String authenticatorId, String status, Instant activatedAt, List<String> recoveryCodes, Instant generatedAt) {

    static ActivationResponse of(Activation activation) {
        return new ActivationResponse(
                activation.authenticatorId(),
                activation.status().name(),
                activation.activatedAt(),
                activation.recoveryCodes().codes(),
                activation.recoveryCodes().generatedAt());
    }

    /** The codes are counted, never printed: this is what a log line or an error message would show. */
    @Override
    public String toString() {
        return "ActivationResponse[authenticatorId=" + authenticatorId + ", status=" + status + ", "
                + (recoveryCodes == null ? 0 : recoveryCodes.size()) + " recovery codes, generatedAt=" + generatedAt
                + "]";
    }
}
