package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.lifeline.attempt.FailureReason;

/**
 * The detectors' rules: what in the window's attempts is a finding, and how severe. The counting is the history's
 * (one grouped pass per detector); this turns the counts into findings.
 */
@Stateless
public class DefaultAttemptAudit implements AttemptAudit {

    /** Refusals at this multiple of the brute-force threshold make the finding HIGH. */
    static final int HIGH_BRUTE_FORCE_MULTIPLE = 5;

    @Inject
    AttemptHistory history;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean prepare(AuditWindow window, AttemptThresholds thresholds) {
        if (history.isTallied(window)) {
            return false;
        }
        history.clearTallies();
        for (FindingType detector : DETECTORS) {
            switch (detector) {
                case BRUTE_FORCE -> history.tallyRefusalsByAccount(detector, window, thresholds.bruteForceRefusals());
                case SPRAYING -> history.tallyRefusalsByAddress(detector, window, thresholds.sprayingAccounts());
                case TOTP_REPLAY -> history.tallyRefusalsFor(detector, FailureReason.REPLAY, window);
                case RECOVERY_CODE_REUSE ->
                    history.tallyRefusalsFor(detector, FailureReason.RECOVERY_CODE_REUSE, window);
                case RECOVERY_CODE_WHILE_TOTP_IN_USE ->
                    history.tallyRecoveryCodesWhileTotpInUse(detector, window, thresholds.totpRecency());
                case SHARED_EVIDENCE -> history.tallySharedEvidence(detector, window);
                default -> throw new IllegalArgumentException(detector + " is not an attempt detector");
            }
        }
        history.markTallied(window);
        return true;
    }

    @Override
    public List<FindingDraft> page(
            FindingType detector, AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        return history.tallied(detector, after, size).stream()
                .map(tally -> draft(detector, thresholds, tally))
                .toList();
    }

    private static FindingDraft draft(FindingType detector, AttemptThresholds thresholds, AttemptHistory.Tally tally) {
        String first = String.valueOf(tally.first());
        return switch (detector) {
            case BRUTE_FORCE -> {
                FindingDraft draft = FindingDraft.ofAccount(detector, tally.subject(), Map.of("refused", first));
                long high = (long) HIGH_BRUTE_FORCE_MULTIPLE * thresholds.bruteForceRefusals();
                yield tally.first() >= high ? draft.withSeverity(Severity.HIGH) : draft;
            }
            case SPRAYING ->
                new FindingDraft(
                        detector,
                        tally.subject(),
                        null,
                        detector.severity(),
                        Map.of(
                                "clientAddress",
                                tally.subject(),
                                "accounts",
                                first,
                                "refused",
                                String.valueOf(tally.second())),
                        null);
            case TOTP_REPLAY -> FindingDraft.ofAccount(detector, tally.subject(), Map.of("replays", first));
            case RECOVERY_CODE_REUSE -> FindingDraft.ofAccount(detector, tally.subject(), Map.of("reusedCodes", first));
            case RECOVERY_CODE_WHILE_TOTP_IN_USE ->
                FindingDraft.ofAccount(
                        detector,
                        tally.subject(),
                        Map.of(
                                "recoveryCodeUses",
                                first,
                                "totpRecencyMinutes",
                                String.valueOf(thresholds.totpRecency().toMinutes())));
            case SHARED_EVIDENCE -> FindingDraft.ofAccount(detector, tally.subject(), Map.of("otherAccounts", first));
            default -> throw new IllegalArgumentException(detector + " is not an attempt detector");
        };
    }
}
