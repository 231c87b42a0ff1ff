package org.lifeline.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.account.EmailAddress;
import org.lifeline.account.RiskTier;

/** The body of {@code PUT /accounts/{accountId}}. */
public record AccountProfileRequest(
        @Email(message = "must be an address such as name@example.org")
        @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        String email,
        @NotNull(message = "is required: STANDARD or HIGH")
        RiskTier riskTier) {
}
