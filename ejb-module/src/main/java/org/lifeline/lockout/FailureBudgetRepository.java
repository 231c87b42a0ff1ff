package org.lifeline.lockout;

import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.VerificationAttempt;

/** Storage of failure budgets and of the attempts they count. */
public interface FailureBudgetRepository {

    FailureBudget find(AccountId account);

    /**
     * The account and its budget (null when it has none yet), both locked until the transaction ends, in one read;
     * null when there is no such account. Like {@link org.lifeline.account.AccountRepository#lock}, call it before
     * the transaction reads the account: locking an account read before checks the version it read.
     */
    BudgetedAccount lockWithAccount(AccountId account);

    void add(FailureBudget budget);

    void addAttempt(VerificationAttempt attempt);

    /** Deletes at most {@code max} of the attempts made before {@code cutoff}, oldest first; how many it deleted. */
    int deleteAttemptsBefore(Instant cutoff, int max);

    /** The time of the {@code n}-th most recent TOTP failure after {@code since}; null when there are fewer. */
    Instant nthLatestFailureSince(AccountId account, int n, Instant since);

    /** How many TOTP failures the account had after {@code since}. */
    int countFailuresSince(AccountId account, Instant since);
}
