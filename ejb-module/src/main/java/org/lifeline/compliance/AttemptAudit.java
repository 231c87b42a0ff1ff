package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.util.List;

/** Looks for suspicious attempts (and evidence) in a run window, one detector and one keyset page at a time. */
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

    /** Findings of {@code detector} with subjects after {@code after}, in subject order; empty at the end. */
    List<FindingDraft> page(
            FindingType detector, AuditWindow window, AttemptThresholds thresholds, String after, int size);
}
