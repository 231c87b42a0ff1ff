package org.lifeline.web.sensitiveaction;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /accounts/{accountId}/sensitive-actions/authorizations}: the action the platform is about
 * to take, a fresh TOTP code of the owner's app, and optionally the end user's address and user agent.
 */
public record AuthorizationRequest(
        @NotNull(message = "is required: the action to authorize, such as WITHDRAWAL")
        @Pattern(regexp = "[A-Z0-9_]{1,64}", message = "must be 1 to 64 of A-Z, 0-9 and _, such as WITHDRAWAL")
        String action,

        @NotNull(message = "is required: a current code of the owner's authenticator app")
        @Size(max = 64, message = "must be at most 64 characters")
        String code,

        @Size(max = 64, message = "must be an IPv4 or IPv6 address")
        String clientAddress,

        @Size(max = 255, message = "must be at most 255 characters")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String userAgent) {

    @Override
    public String toString() {
        return "AuthorizationRequest[" + action + ", ***]";
    }
}
