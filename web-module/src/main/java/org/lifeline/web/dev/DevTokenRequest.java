package org.lifeline.web.dev;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The body of {@code POST /dev/tokens}: who to sign in as, with which roles. */
public record DevTokenRequest(
        @NotNull(message = "is required: who to sign in as, such as agent-1")
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}", message = "must be 1 to 128 of A-Z, a-z, 0-9, . _ @ and -")
        String subject,

        @NotEmpty(message = "is required: one or more of user, support, auditor, admin, service")
        List<
                        @NotNull
                        @Pattern(
                                regexp = "user|support|auditor|admin|service",
                                message = "must be user, support, auditor, admin or service")
                        String>
                roles) {}
