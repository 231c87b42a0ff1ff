package org.lifeline.web.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.audit.AuditTrail;

/** The body of {@code POST /audit-runs/{runId}/abandonment}: why the run is given up, for the trail. */
public record RunAbandonmentRequest(
        @NotBlank(message = "is required: why the run is given up")
        @Size(max = AuditTrail.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        String note) {}
