package org.lifeline.web.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.account.ContactAddress;
import org.lifeline.account.EmailAddress;
import org.lifeline.account.RiskTier;

/** The body of {@code PUT /accounts/{accountId}}. */
public record AccountProfileRequest(
        @ContactAddress @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        String email,

        @NotNull(message = "is required: STANDARD or HIGH") RiskTier riskTier) {}
