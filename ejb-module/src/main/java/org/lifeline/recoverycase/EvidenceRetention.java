package org.lifeline.recoverycase;

import jakarta.ejb.Local;

/** Evidence is kept only while it may matter: it is purged some time after its case closed. */
@Local
public interface EvidenceRetention {

    /**
     * Deletes the evidence (files and metadata) and the ownership claims of up to {@code maxCases} cases closed longer ago than the
     * retention period ({@code lifeline.recovery-cases.evidence-retention}, default 30 days), one audit event per
     * case; the number of cases purged.
     */
    int purgeExpired(int maxCases);
}
