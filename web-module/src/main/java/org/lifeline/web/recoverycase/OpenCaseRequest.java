package org.lifeline.web.recoverycase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.account.ContactAddress;
import org.lifeline.account.EmailAddress;
import org.lifeline.recoverycase.CaseReason;
import org.lifeline.recoverycase.RecoveryCase;

/** The body of {@code POST /me/recovery-cases}. */
public record OpenCaseRequest(
        @NotNull(message = "is required: LOST_DEVICE, STOLEN_DEVICE, DEVICE_RESET or OTHER")
        CaseReason reason,

        @NotBlank(message = "is required: what happened, in a few words")
        @Size(max = RecoveryCase.MAX_DESCRIPTION_LENGTH, message = "must be at most {max} characters")
        String description,

        @NotBlank(message = "is required: where support can reach you")
        @ContactAddress
        @Size(max = EmailAddress.MAX_LENGTH, message = "must be at most {max} characters")
        String contactEmail) {}
