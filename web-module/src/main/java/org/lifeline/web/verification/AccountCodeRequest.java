package org.lifeline.web.verification;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lifeline.attempt.Credential;

/**
 * The body of a service call that checks an account's code: a TOTP code or a recovery code (exactly one), and
 * optionally the end user's address and user agent as the platform saw them.
 */
public record AccountCodeRequest(
        @Size(max = 64, message = "must be at most 64 characters")
        String code,

        @Size(max = 64, message = "must be at most 64 characters")
        String recoveryCode,

        @Size(max = 64, message = "must be an IPv4 or IPv6 address")
        String clientAddress,

        @Size(max = 255, message = "must be at most 255 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String userAgent) {

    public Credential toCredential() {
        return new Credential(code, recoveryCode);
    }

    @Override
    public String toString() {
        return "AccountCodeRequest[***]";
    }
}
