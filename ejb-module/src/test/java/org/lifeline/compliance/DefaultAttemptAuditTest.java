package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;

/** The detectors' rules over a history given in memory: no database needed to read what counts as a finding. */
class DefaultAttemptAuditTest {

    static final Instant SINCE = Instant.parse("2026-12-01T00:00:00Z");
    static final AuditWindow WINDOW = new AuditWindow(SINCE, SINCE.plus(Duration.ofDays(1)));
    static final AttemptThresholds THRESHOLDS = new AttemptThresholds(10, 5, Duration.ofMinutes(30));

    @Test
    void bruteForceIsHighAtFiveTimesTheThreshold() {
        DefaultAttemptAudit audit = auditOver(new History() {
            @Override
            public List<Count> refusalsByAccount(AuditWindow window, long min, String after, int size) {
                assertEquals(10, min);
                return List.of(new Count("alice", 49), new Count("bob", 50));
            }
        });
        List<FindingDraft> drafts = audit.page(FindingType.BRUTE_FORCE, WINDOW, THRESHOLDS, "", 100);
        assertEquals(2, drafts.size());
        assertEquals(FindingType.BRUTE_FORCE.severity(), drafts.get(0).severity());
        assertEquals(Severity.HIGH, drafts.get(1).severity());
        assertEquals(Map.of("refused", "50"), drafts.get(1).detail());
    }

    @Test
    void aRecoveryCodeCountsOnlyWithinTheRecencyOfARightTotpCode() {
        DefaultAttemptAudit audit = auditOver(new History() {
            @Override
            public List<String> recoveryCodeUsers(AuditWindow window, String after, int size) {
                return after.isEmpty() ? List.of("alice", "bob") : List.of();
            }

            @Override
            public List<Success> successesOf(String accountId, Instant from, Instant until) {
                assertEquals(SINCE.minus(Duration.ofMinutes(30)), from);
                Instant totp = SINCE.plusSeconds(3600);
                return accountId.equals("alice")
                        ? List.of(
                                new Success(CodeMethod.TOTP, totp),
                                new Success(CodeMethod.RECOVERY_CODE, totp.plus(Duration.ofMinutes(30))))
                        : List.of(
                                new Success(CodeMethod.TOTP, totp),
                                new Success(CodeMethod.RECOVERY_CODE, totp.plus(Duration.ofMinutes(31))));
            }
        });
        List<FindingDraft> drafts =
                audit.page(FindingType.RECOVERY_CODE_WHILE_TOTP_IN_USE, WINDOW, THRESHOLDS, "", 100);
        assertEquals(1, drafts.size());
        assertEquals("alice", drafts.get(0).accountId());
        assertEquals(
                Map.of("recoveryCodeUses", "1", "totpRecencyMinutes", "30"),
                drafts.get(0).detail());
    }

    private static DefaultAttemptAudit auditOver(AttemptHistory history) {
        DefaultAttemptAudit audit = new DefaultAttemptAudit();
        audit.history = history;
        return audit;
    }

    /** A history with nothing in it, each test overriding what its detector reads. */
    abstract static class History implements AttemptHistory {
        @Override
        public List<Count> refusalsByAccount(AuditWindow window, long min, String after, int size) {
            return List.of();
        }

        @Override
        public List<AddressCount> refusalsByAddress(AuditWindow window, long min, String after, int size) {
            return List.of();
        }

        @Override
        public List<Count> refusalsFor(FailureReason reason, AuditWindow window, String after, int size) {
            return List.of();
        }

        @Override
        public List<String> recoveryCodeUsers(AuditWindow window, String after, int size) {
            return List.of();
        }

        @Override
        public List<Success> successesOf(String accountId, Instant from, Instant until) {
            return List.of();
        }

        @Override
        public List<Count> sharedEvidence(AuditWindow window, String after, int size) {
            return List.of();
        }
    }
}
