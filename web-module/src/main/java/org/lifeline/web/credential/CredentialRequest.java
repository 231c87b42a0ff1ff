package org.lifeline.web.credential;

import jakarta.validation.constraints.Size;
import org.lifeline.attempt.Credential;

/** A body carrying a TOTP code or a recovery code: exactly one. */
public record CredentialRequest(
        @Size(max = 64, message = "must be at most 64 characters")
        String code,

        @Size(max = 64, message = "must be at most 64 characters")
        String recoveryCode) {

    public Credential toCredential() {
        return new Credential(code, recoveryCode);
    }

    @Override
    public String toString() {
        return "CredentialRequest[***]";
    }
}
