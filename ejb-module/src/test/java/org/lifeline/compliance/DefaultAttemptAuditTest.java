package org.lifeline.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lifeline.attempt.FailureReason;

/**
 * The detectors' rules over tallies given in memory: no database needed to read what counts as a finding. What the
 * tallies count is checked on MariaDB (ComplianceFindingsIT).
 */
class DefaultAttemptAuditTest {

    static final Instant SINCE = Instant.parse("2026-12-01T00:00:00Z");
    static final AuditWindow WINDOW = new AuditWindow(SINCE, SINCE.plus(Duration.ofDays(1)));
    static final AttemptThresholds THRESHOLDS = new AttemptThresholds(10, 5, Duration.ofMinutes(30));

    @Test
    void bruteForceIsHighAtFiveTimesTheThreshold() {
        DefaultAttemptAudit audit = auditOver(new History() {
            @Override
            public List<Tally> tallied(FindingType detector, String after, int size) {
                assertEquals(FindingType.BRUTE_FORCE, detector);
                return List.of(new Tally("alice", 49, 0), new Tally("bob", 50, 0));
            }
        });
        List<FindingDraft> drafts = audit.page(FindingType.BRUTE_FORCE, WINDOW, THRESHOLDS, "", 100);
        assertEquals(2, drafts.size());
        assertEquals(FindingType.BRUTE_FORCE.severity(), drafts.get(0).severity());
        assertEquals(Severity.HIGH, drafts.get(1).severity());
        assertEquals(Map.of("refused", "50"), drafts.get(1).detail());
    }

    @Test
    void sprayingIsAboutAnAddressNotAnAccount() {
        DefaultAttemptAudit audit = auditOver(new History() {
            @Override
            public List<Tally> tallied(FindingType detector, String after, int size) {
                return List.of(new Tally("203.0.113.66", 7, 9));
            }
        });
        FindingDraft draft =
                audit.page(FindingType.SPRAYING, WINDOW, THRESHOLDS, "", 100).get(0);
        assertEquals("203.0.113.66", draft.subject());
        assertEquals(null, draft.accountId());
        assertEquals(Map.of("clientAddress", "203.0.113.66", "accounts", "7", "refused", "9"), draft.detail());
    }

    @Test
    void everyDetectorIsTalliedWithItsThresholdsAndTheWindowMarkedComplete() {
        History history = new History() {
            @Override
            public void tallyRefusalsByAccount(FindingType detector, AuditWindow window, long min) {
                calls.add(detector + " " + min);
            }

            @Override
            public void tallyRefusalsByAddress(FindingType detector, AuditWindow window, long min) {
                calls.add(detector + " " + min);
            }

            @Override
            public void tallyRefusalsFor(FindingType detector, FailureReason reason, AuditWindow window) {
                calls.add(detector + " " + reason);
            }

            @Override
            public void tallyRecoveryCodesWhileTotpInUse(FindingType detector, AuditWindow window, Duration recency) {
                calls.add(detector + " " + recency);
            }

            @Override
            public void tallySharedEvidence(FindingType detector, AuditWindow window) {
                calls.add(detector.name());
            }
        };
        DefaultAttemptAudit audit = auditOver(history);
        assertTrue(audit.prepare(WINDOW, THRESHOLDS));
        assertEquals(
                List.of(
                        "cleared",
                        "BRUTE_FORCE 10",
                        "SPRAYING 5",
                        "TOTP_REPLAY REPLAY",
                        "RECOVERY_CODE_REUSE RECOVERY_CODE_REUSE",
                        "RECOVERY_CODE_WHILE_TOTP_IN_USE PT30M",
                        "SHARED_EVIDENCE",
                        "complete"),
                history.calls);
        history.calls.clear();
        assertFalse(audit.prepare(WINDOW, THRESHOLDS), "a restarted step keeps the tallies of its window");
        assertEquals(List.of(), history.calls);
    }

    private static DefaultAttemptAudit auditOver(AttemptHistory history) {
        DefaultAttemptAudit audit = new DefaultAttemptAudit();
        audit.history = history;
        return audit;
    }

    /** A history with nothing in it, each test overriding what its detector reads. */
    abstract static class History implements AttemptHistory {
        final List<String> calls = new ArrayList<>();
        private AuditWindow tallied;

        @Override
        public boolean isTallied(AuditWindow window) {
            return window.equals(tallied);
        }

        @Override
        public void clearTallies() {
            tallied = null;
            calls.add("cleared");
        }

        @Override
        public void markTallied(AuditWindow window) {
            tallied = window;
            calls.add("complete");
        }

        @Override
        public void tallyRefusalsByAccount(FindingType detector, AuditWindow window, long min) {}

        @Override
        public void tallyRefusalsByAddress(FindingType detector, AuditWindow window, long min) {}

        @Override
        public void tallyRefusalsFor(FindingType detector, FailureReason reason, AuditWindow window) {}

        @Override
        public void tallyRecoveryCodesWhileTotpInUse(FindingType detector, AuditWindow window, Duration recency) {}

        @Override
        public void tallySharedEvidence(FindingType detector, AuditWindow window) {}

        @Override
        public List<Tally> tallied(FindingType detector, String after, int size) {
            return List.of();
        }
    }
}
