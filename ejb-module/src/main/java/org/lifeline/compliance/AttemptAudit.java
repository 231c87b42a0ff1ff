package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Looks for suspicious attempts (and evidence) in a run window: every detector first tallies the window in one pass
 * ({@link #prepare}), then its findings are read a keyset page at a time.
 */
@Local
public interface AttemptAudit {

    /** The finding types this audit detects, in the order a run walks them. */
    List<FindingType> DETECTORS = List.of(
            FindingType.BRUTE_FORCE,
            FindingType.SPRAYING,
            FindingType.TOTP_REPLAY,
            FindingType.RECOVERY_CODE_REUSE,
            FindingType.RECOVERY_CODE_WHILE_TOTP_IN_USE,
            FindingType.SHARED_EVIDENCE);

    /**
     * Tallies the window for every detector, in a transaction of its own, unless its tallies are complete already
     * (a restarted step). Returns true when it tallied anew, so the walk must start over.
     */
    boolean prepare(AuditWindow window, AttemptThresholds thresholds);

    /** Findings of {@code detector} with subjects after {@code after}, in subject order; empty at the end. */
    List<FindingDraft> page(
            FindingType detector, AuditWindow window, AttemptThresholds thresholds, String after, int size);
}
