package org.lifeline.lockout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lifeline.account.AccountId;

/** The budget's bound of the last day's failures, which spares an ordinary verification the scan of the attempts. */
class FailureBudgetTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final LockPolicy POLICY = new LockPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 100);

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
    void aSuccessOrAnUnlockDoesNotClearTheDaysFailures() {
        FailureBudget budget = new FailureBudget(AccountId.of("bob"));
        for (int i = 0; i < 7; i++) {
            budget.recordFailure(T0.plusSeconds(i), POLICY);
        }
        budget.unlock();
        assertEquals(7, budget.failuresInLastDayAtMost(T0.plusSeconds(10)));
    }
}
