package org.lifeline.web.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /accounts/{accountId}/unlock}: why, for the audit trail. */
public record UnlockRequest(
        @NotBlank(message = "is required: why the lock is lifted")
        @Size(max = 500, message = "must be at most 500 characters")
        String note) {
}
