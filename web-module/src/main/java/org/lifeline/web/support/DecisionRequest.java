package org.lifeline.web.support;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.recoverycase.CaseDecision;
import org.lifeline.recoverycase.Decision;

/** The body of {@code POST /recovery-cases/{id}/decisions}. */
public record DecisionRequest(
        @NotNull(message = "is required: APPROVE or REJECT") Decision decision,

        @Size(max = CaseDecision.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        String note) {}
