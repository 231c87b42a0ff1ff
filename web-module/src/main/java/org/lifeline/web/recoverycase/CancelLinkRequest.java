package org.lifeline.web.recoverycase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /recovery-cases/cancel}. */
public record CancelLinkRequest(
        @NotBlank(message = "is required: the token from the notification")
        @Size(max = 64, message = "must be at most 64 characters")
        String token) {

    @Override
    public String toString() {
        return "CancelLinkRequest[***]";
    }
}
