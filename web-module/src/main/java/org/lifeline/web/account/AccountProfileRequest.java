package org.lifeline.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.account.RiskTier;

/** The body of {@code PUT /accounts/{accountId}}. */
public record AccountProfileRequest(
        @Email(message = "must be an address such as name@example.org")
        @Size(max = 320, message = "must be at most 320 characters")
        String email,
        @NotNull(message = "is required: STANDARD or HIGH")
        RiskTier riskTier) {
}
