package org.lifeline.recoverycase;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/** The evidence files of security-reset cases: metadata and sealed bytes, the bytes only ever as streams. */
public interface EvidenceRepository {

    /** Stores the metadata now, so that its segments can follow. */
    void add(Evidence evidence);

    /** Stores one sealed segment of the evidence. */
    void addSegment(String evidenceId, int segment, byte[] sealed);

    /** One sealed segment of the evidence; null when it is not stored. */
    byte[] segment(String evidenceId, int segment);

    List<Evidence> ofCase(String caseId);

    long countOfCase(String caseId);

    /** The evidence with {@code id}, or null (also for an id no evidence could have). */
    Evidence find(String id);

    /** Reads the sealed bytes of a file stored whole (before segments) and hands them, still open, to {@code reader}. */
    <T> T readSealed(Evidence evidence, SealedReader<T> reader);

    /** Ids of cases closed before {@code cutoff} that still have evidence, at most {@code limit}. */
    List<String> casesClosedBefore(Instant cutoff, int limit);

    /** Deletes the evidence of a case; the number of files deleted. */
    int deleteOfCase(String caseId);

    @FunctionalInterface
    interface SealedReader<T> {
        T read(InputStream sealed) throws java.io.IOException;
    }
}
