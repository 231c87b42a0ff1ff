package org.lifeline.lockout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;

/**
 * The budget's bound of the last day's failures (which spares an ordinary verification the scan of the attempts),
 * the cap since the last success, and the recovery codes' ladder of their own.
 */
class FailureBudgetTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final LockPolicy POLICY = new LockPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 100, 100, 10);

    @Test
    void theBoundCountsEveryFailureUntilADayWithoutOne() {
        FailureBudget budget = new FailureBudget(AccountId.of("alice"));
        assertEquals(0, budget.failuresInLastDayAtMost(T0));
        budget.recordFailure(T0, POLICY);
        budget.recordFailure(T0.plus(Duration.ofHours(20)), POLICY);
        budget.recordSuccess();
        budget.recordFailure(T0.plus(Duration.ofHours(30)), POLICY);
        // the first failure left the window, but the bound never under-counts: it keeps all three
        assertEquals(3, budget.failuresInLastDayAtMost(T0.plus(Duration.ofHours(30))));
        // a day after the last failure none is in the window
        assertEquals(0, budget.failuresInLastDayAtMost(T0.plus(Duration.ofHours(54))));
        budget.recordFailure(T0.plus(Duration.ofHours(55)), POLICY);
        assertEquals(1, budget.failuresInLastDayAtMost(T0.plus(Duration.ofHours(55))));
    }

    @Test
    void aRightTotpCodeDoesNotClearTheDaysFailures() {
        FailureBudget budget = new FailureBudget(AccountId.of("bob"));
        for (int i = 0; i < 7; i++) {
            budget.recordFailure(T0.plusSeconds(i), POLICY);
        }
        budget.recordSuccess();
        assertEquals(7, budget.failuresInLastDayAtMost(T0.plusSeconds(10)));
        assertEquals(0, budget.failuresSinceSuccess());
    }

    @Test
    void anUnlockOrARightRecoveryCodeClearsTheDayAndTheBar() {
        FailureBudget budget = new FailureBudget(AccountId.of("carol"));
        for (int i = 0; i < 100; i++) {
            budget.recordFailure(T0.plusSeconds(i), POLICY);
        }
        assertTrue(budget.totpBarred());
        budget.unlock(T0.plusSeconds(200));
        assertFalse(budget.totpBarred());
        assertEquals(0, budget.failuresInLastDayAtMost(T0.plusSeconds(201)));
        assertEquals(T0.plusSeconds(200), budget.failuresCountedFrom());
        assertNull(budget.lockedUntil(T0.plusSeconds(201), null));

        for (int i = 0; i < 100; i++) {
            budget.recordFailure(T0.plusSeconds(300 + i), POLICY);
        }
        assertTrue(budget.totpBarred());
        budget.recordRecoveryCodeSuccess(T0.plusSeconds(500));
        assertFalse(budget.totpBarred());
        assertEquals(0, budget.failuresSinceSuccess());
    }

    @Test
    void theCapSinceTheLastSuccessBarsTotpEvenWhenEveryDayStaysUnderTheDailyCap() {
        FailureBudget budget = new FailureBudget(AccountId.of("dave"));
        // 60 failures a day, under the daily cap of 100, for two days: the 100th bars TOTP
        for (int i = 0; i < 120; i++) {
            Instant at = T0.plus(Duration.ofHours(i < 60 ? 0 : 25)).plusSeconds(i);
            budget.recordFailure(at, POLICY);
            assertEquals(i + 1 >= 100, budget.totpBarred(), "after failure " + (i + 1));
        }
        assertEquals(
                60, budget.failuresInLastDayAtMost(T0.plus(Duration.ofHours(25)).plusSeconds(200)));
    }

    @Test
    void recoveryCodeFailuresHaveTheirOwnLadderAndLeaveTotpAlone() {
        FailureBudget budget = new FailureBudget(AccountId.of("erin"));
        for (int i = 0; i < 9; i++) {
            assertFalse(budget.recordRecoveryCodeFailure(T0, POLICY));
        }
        assertTrue(budget.recordRecoveryCodeFailure(T0, POLICY));
        assertEquals(T0.plus(Duration.ofMinutes(1)), budget.recoveryCodeLockedUntil(T0));
        assertEquals(0, budget.consecutiveFailures());
        assertEquals(0, budget.failuresInLastDayAtMost(T0));
        assertNull(budget.lockedUntil(T0, null));
        // TOTP failures leave the recovery codes' ladder alone too
        for (int i = 0; i < 5; i++) {
            budget.recordFailure(T0.plusSeconds(61), POLICY);
        }
        assertEquals(1, budget.recoveryLockLevel());
        assertNull(budget.recoveryCodeLockedUntil(T0.plusSeconds(61)));
    }
}
