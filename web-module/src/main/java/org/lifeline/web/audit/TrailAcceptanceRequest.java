package org.lifeline.web.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.audit.AuditTrail;

/** The body of {@code POST /audit-log/seal/acceptances}: why the trail is accepted as it stands, for the trail. */
public record TrailAcceptanceRequest(
        @NotBlank(message = "is required: what was looked into and why the trail is accepted")
        @Size(max = AuditTrail.MAX_NOTE_LENGTH, message = "must be at most {max} characters")
        String note) {}
