package org.lifeline.web.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.lockout.LockoutService;

/** The body of {@code POST /accounts/{accountId}/unlock}: why, for the audit trail. */
public record UnlockRequest(
        @NotBlank(message = "is required: why the lock is lifted")
        @Size(max = LockoutService.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        String note) {}
