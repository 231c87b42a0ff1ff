package org.lifeline.web.authenticator;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /me/authenticator}: how the app should name the account. */
public record EnrollmentRequest(@Size(max = 64, message = "must be at most 64 characters") String label) {
}
