package org.lifeline.recoverycase;

import java.time.Instant;

/** Evidence metadata as the API shows it; never the bytes. */
public record EvidenceView(
        String evidenceId, EvidenceKind kind, String sha256, long size, String contentType, Instant uploadedAt) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.id(), e.kind(), e.sha256(), e.size(), e.format().mediaType(), e.uploadedAt());
    }
}
