package org.lifeline.compliance;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as auditors read it. {@code subject} is the account, client address or chain it is about. */
public record FindingView(
        @Schema(nullable = true) String accountId,
        String type,
        String severity,
        Instant detectedAt,
        @Schema(nullable = true) String subject,
        Map<String, String> detail) {}
