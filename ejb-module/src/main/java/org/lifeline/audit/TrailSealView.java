package org.lifeline.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The trail's seal as a report and an auditor see it: what every checkpoint adds up to (how many, the sum of their
 * positions, the XOR of their seals) and the MAC over that. Kept outside the database (an exported report), it pins
 * the trail's state: a later trail that does not lead on from it was rolled back.
 */
public record TrailSealView(
        long checkpoints,
        long sequenceSum,
        @Schema(nullable = true) String sealsDigest,
        @Schema(nullable = true) String seal,
        @Schema(nullable = true) Instant sealedAt,

        @Schema(nullable = true, description = "since when the checkpoints have not added up to the seal")
        Instant brokenAt) {

    static TrailSealView of(TrailSeal seal) {
        TrailTotals totals = seal.totals();
        return new TrailSealView(
                totals.checkpoints(),
                totals.sequenceSum(),
                totals.sealsDigest(),
                seal.mac(),
                seal.sealedAt(),
                seal.brokenAt());
    }
}
