package org.lifeline.web.support;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.recoverycase.Decision;

/** The body of {@code POST /recovery-cases/{id}/decisions}. */
public record DecisionRequest(
        @NotNull(message = "is required: APPROVE or REJECT") Decision decision,
        @Size(max = 1000, message = "must be at most 1000 characters") String note) {
}
