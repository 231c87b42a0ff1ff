package org.lifeline.web.authenticator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /lost-device/undo}: the token from the freeze's notification and a current code. */
public record UndoFreezeRequest(
        @NotBlank(message = "is required: the token from the notification")
        @Size(max = 64, message = "must be at most 64 characters")
        String token,

        @NotBlank(message = "is required: the code the authenticator app shows")
        @Size(max = 64, message = "must be at most 64 characters")
        String code) {

    @Override
    public String toString() {
        return "UndoFreezeRequest[***]";
    }
}
