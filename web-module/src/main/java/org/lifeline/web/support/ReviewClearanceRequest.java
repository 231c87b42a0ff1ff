package org.lifeline.web.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.lockout.LockoutService;

/** The body of {@code POST /accounts/{accountId}/review-clearance}: why, for the audit trail. */
public record ReviewClearanceRequest(
        @NotBlank(message = "is required: what was looked into and why the account is cleared")
        @Size(max = LockoutService.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        String note) {}
