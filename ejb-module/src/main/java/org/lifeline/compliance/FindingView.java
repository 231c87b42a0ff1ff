package org.lifeline.compliance;

import java.time.Instant;
import java.util.Map;

/** A finding as auditors read it. {@code subject} is the account, client address or chain it is about. */
public record FindingView(String accountId, String type, String severity, Instant detectedAt, String subject,
        Map<String, String> detail) {
}
