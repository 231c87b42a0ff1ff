package org.lifeline.web.credential;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A body carrying one current TOTP code. */
public record CodeRequest(
        @NotBlank(message = "is required: the code the authenticator app shows")
        @Size(max = 64, message = "must be at most 64 characters")
        String code) {

    @Override
    public String toString() {
        return "CodeRequest[code=***]";
    }
}
