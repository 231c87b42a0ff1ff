package org.lifeline.web.authenticator;

import jakarta.validation.constraints.Size;
import org.lifeline.authenticator.Authenticator;

/** The optional body of {@code POST /me/authenticator}: how the app should name the account. */
public record EnrollmentRequest(
        @Size(max = Authenticator.MAX_LABEL_LENGTH, message = "must be at most {max} characters")
        String label) {}
