package org.lifeline.lockout;

import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.VerificationAttempt;

/** Storage of failure budgets and of the attempts they count. */
public interface FailureBudgetRepository {

    FailureBudget find(AccountId account);

    void add(FailureBudget budget);

    void addAttempt(VerificationAttempt attempt);

    /** Deletes at most {@code max} of the attempts made before {@code cutoff}, oldest first; how many it deleted. */
    int deleteAttemptsBefore(Instant cutoff, int max);

    /** The time of the {@code n}-th most recent failure after {@code since}; null when there are fewer. */
    Instant nthLatestFailureSince(AccountId account, int n, Instant since);
}
