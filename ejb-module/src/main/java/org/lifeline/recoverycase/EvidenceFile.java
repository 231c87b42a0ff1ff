package org.lifeline.recoverycase;

/**
 * An evidence file support is about to read: what the answer's headers say, and how many parts its bytes come in
 * ({@link CaseReviewService#evidencePart}, one at a time, so a download never holds the whole file).
 */
public record EvidenceFile(String caseId, String evidenceId, String contentType, String sha256, long size, int parts) {}
