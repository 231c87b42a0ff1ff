package org.lifeline.lockout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;

class LockPolicyTest {

    private static final LockPolicy POLICY =
            new LockPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 100, 100, 10);
    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00Z");

    @Test
    void locksDoubleFromOneMinuteToFifteen() {
        assertEquals(
                List.of(1L, 2L, 4L, 8L, 15L, 15L, 15L),
                List.of(1, 2, 3, 4, 5, 6, 30).stream()
                        .map(l -> POLICY.lockFor(l).toMinutes())
                        .toList());
    }

    @Test
    void fiveConsecutiveFailuresLockForAMinute() {
        FailureBudget budget = new FailureBudget(AccountId.of("alice"));
        for (int i = 1; i <= 4; i++) {
            assertFalse(budget.recordFailure(T0, POLICY));
            assertNull(budget.lockedUntil(T0, null));
        }
        assertTrue(budget.recordFailure(T0, POLICY));
        assertEquals(T0.plusSeconds(60), budget.lockedUntil(T0, null));
        assertNull(budget.lockedUntil(T0.plusSeconds(60), null), "locks expire: never permanent");
    }

    @Test
    void aSuccessStartsOver() {
        FailureBudget budget = new FailureBudget(AccountId.of("alice"));
        for (int i = 0; i < 4; i++) {
            budget.recordFailure(T0, POLICY);
        }
        budget.recordSuccess();
        assertFalse(budget.recordFailure(T0, POLICY));
        assertEquals(1, budget.consecutiveFailures());
        assertEquals(0, budget.lockLevel());
    }

    /**
     * An attacker who guesses the moment each lock lifts, for a whole day: the most guesses the policy lets through
     * in any 24 hours, computed by running the real budget and cap against a moving clock.
     */
    @Test
    void noMoreThanOneHundredGuessesInAnyDay() {
        FailureBudget budget = new FailureBudget(AccountId.of("mallory"));
        List<Instant> failures = new ArrayList<>();
        Instant now = T0;
        Instant end = T0.plus(Duration.ofDays(3));
        while (now.isBefore(end)) {
            Instant capLifts = POLICY.dailyCapLiftsAt(nthLatestWithinDay(failures, POLICY.dailyFailureLimit(), now));
            Instant lockedUntil = budget.lockedUntil(now, capLifts);
            if (lockedUntil != null) {
                now = lockedUntil;
                continue;
            }
            failures.add(now);
            budget.recordFailure(now, POLICY);
            now = now.plusMillis(100);
        }
        int most = 0;
        for (int i = 0; i < failures.size(); i++) {
            Instant windowEnd = failures.get(i).plus(LockPolicy.DAY);
            int inWindow = 0;
            for (int j = i; j < failures.size() && failures.get(j).isBefore(windowEnd); j++) {
                inWindow++;
            }
            most = Math.max(most, inWindow);
        }
        assertTrue(most <= 100, "most guesses in 24 h: " + most);
        assertEquals(100, most, "the cap, not a permanent lock, is what stops the attacker");
        assertTrue(failures.size() > 200, "guessing resumes each day: the lock is never permanent");
    }

    private static Instant nthLatestWithinDay(List<Instant> failures, int n, Instant now) {
        List<Instant> recent = failures.stream()
                .filter(f -> f.isAfter(now.minus(LockPolicy.DAY)))
                .toList();
        return recent.size() < n ? null : recent.get(recent.size() - n);
    }
}
