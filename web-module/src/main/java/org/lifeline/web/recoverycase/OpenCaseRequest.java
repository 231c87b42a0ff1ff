package org.lifeline.web.recoverycase;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.recoverycase.CaseReason;

/** The body of {@code POST /me/recovery-cases}. */
public record OpenCaseRequest(
        @NotNull(message = "is required: LOST_DEVICE, STOLEN_DEVICE, DEVICE_RESET or OTHER")
        CaseReason reason,
        @NotBlank(message = "is required: what happened, in a few words")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,
        @NotBlank(message = "is required: where support can reach you")
        @Email(message = "must be an address such as name@example.org")
        @Size(max = 320, message = "must be at most 320 characters")
        String contactEmail) {
}
