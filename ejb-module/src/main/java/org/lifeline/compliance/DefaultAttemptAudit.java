package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;

/** The detectors' rules: what in the window's attempts is a finding, and how severe. */
@Stateless
public class DefaultAttemptAudit implements AttemptAudit {

    /** Refusals at this multiple of the brute-force threshold make the finding HIGH. */
    static final int HIGH_BRUTE_FORCE_MULTIPLE = 5;

    @Inject
    AttemptHistory history;

    @Override
    public List<FindingDraft> page(
            FindingType detector, AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        return switch (detector) {
            case BRUTE_FORCE -> bruteForce(window, thresholds, after, size);
            case SPRAYING -> spraying(window, thresholds, after, size);
            case TOTP_REPLAY -> byReason(FailureReason.REPLAY, detector, "replays", window, after, size);
            case RECOVERY_CODE_REUSE ->
                byReason(FailureReason.RECOVERY_CODE_REUSE, detector, "reusedCodes", window, after, size);
            case RECOVERY_CODE_WHILE_TOTP_IN_USE -> recoveryWhileTotpInUse(window, thresholds, after, size);
            case SHARED_EVIDENCE ->
                history.sharedEvidence(window, after, size).stream()
                        .map(count -> FindingDraft.ofAccount(
                                FindingType.SHARED_EVIDENCE,
                                count.accountId(),
                                Map.of("otherAccounts", String.valueOf(count.count()))))
                        .toList();
            default -> throw new IllegalArgumentException(detector + " is not an attempt detector");
        };
    }

    private List<FindingDraft> bruteForce(AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        long high = (long) HIGH_BRUTE_FORCE_MULTIPLE * thresholds.bruteForceRefusals();
        return history.refusalsByAccount(window, thresholds.bruteForceRefusals(), after, size).stream()
                .map(count -> {
                    FindingDraft draft = FindingDraft.ofAccount(
                            FindingType.BRUTE_FORCE,
                            count.accountId(),
                            Map.of("refused", String.valueOf(count.count())));
                    return count.count() >= high ? draft.withSeverity(Severity.HIGH) : draft;
                })
                .toList();
    }

    private List<FindingDraft> spraying(AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        return history.refusalsByAddress(window, thresholds.sprayingAccounts(), after, size).stream()
                .map(address -> new FindingDraft(
                        FindingType.SPRAYING,
                        address.clientAddress(),
                        null,
                        FindingType.SPRAYING.severity(),
                        Map.of(
                                "clientAddress",
                                address.clientAddress(),
                                "accounts",
                                String.valueOf(address.accounts()),
                                "refused",
                                String.valueOf(address.refused())),
                        null))
                .toList();
    }

    private List<FindingDraft> byReason(
            FailureReason reason, FindingType type, String countName, AuditWindow window, String after, int size) {
        return history.refusalsFor(reason, window, after, size).stream()
                .map(count -> FindingDraft.ofAccount(
                        type, count.accountId(), Map.of(countName, String.valueOf(count.count()))))
                .toList();
    }

    /**
     * Accounts that signed in with a recovery code shortly after their authenticator app gave a right code: the
     * phone was not lost, so who used the sheet?
     */
    private List<FindingDraft> recoveryWhileTotpInUse(
            AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        String last = after;
        while (drafts.size() < size) {
            List<String> page = history.recoveryCodeUsers(window, last, size);
            for (String account : page) {
                long uses = usesAfterRecentTotp(account, window, thresholds);
                if (uses > 0) {
                    drafts.add(FindingDraft.ofAccount(
                            FindingType.RECOVERY_CODE_WHILE_TOTP_IN_USE,
                            account,
                            Map.of(
                                    "recoveryCodeUses",
                                    String.valueOf(uses),
                                    "totpRecencyMinutes",
                                    String.valueOf(thresholds.totpRecency().toMinutes()))));
                }
                last = account;
            }
            if (page.size() < size) {
                break;
            }
        }
        return drafts;
    }

    private long usesAfterRecentTotp(String account, AuditWindow window, AttemptThresholds thresholds) {
        Instant lastTotp = null;
        long uses = 0;
        for (AttemptHistory.Success success :
                history.successesOf(account, window.since().minus(thresholds.totpRecency()), window.until())) {
            if (success.method() == CodeMethod.TOTP) {
                lastTotp = success.at();
            } else if (!success.at().isBefore(window.since())
                    && lastTotp != null
                    && !success.at().isAfter(lastTotp.plus(thresholds.totpRecency()))) {
                uses++;
            }
        }
        return uses;
    }
}
