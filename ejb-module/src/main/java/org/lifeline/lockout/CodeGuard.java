package org.lifeline.lockout;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.account.AccountService;
import org.lifeline.attempt.Attempt;
import org.lifeline.attempt.AttemptOutcome;
import org.lifeline.attempt.CodeAttempted;
import org.lifeline.attempt.CodeCheck;
import org.lifeline.attempt.FactorUsed;
import org.lifeline.attempt.VerificationAttempt;
import org.lifeline.attempt.VerificationFailedException;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AccountLocked;
import org.lifeline.audit.SecurityEvent.AccountUnlocked;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.shared.NotFoundException;

/**
 * The gate every code passes, whatever the path. Inside the caller's transaction it locks the account's row, so the
 * attempts of one account take turns on every node; refuses unevaluated while a lock is in force; runs the check;
 * and books the outcome against the account's one failure budget. Concurrent guesses beyond the threshold are
 * therefore never evaluated.
 */
@ApplicationScoped
public class CodeGuard {

    @Inject
    AccountRepository accounts;

    @EJB
    AccountService accountService;

    @Inject
    FailureBudgetRepository budgets;

    @EJB
    SecurityEvents events;

    @Inject
    LockPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Event<CodeAttempted> attempted;

    @Inject
    Event<FactorUsed> factorUsed;

    /**
     * Evaluates one code for {@code attempt}. Throws {@link AccountLockedException} while locked,
     * {@link VerificationFailedException} when the check refuses the code; both commit the record of the attempt.
     */
    public <T> T attempt(Attempt attempt, CodeCheck<T> check) {
        Instant now = clock.instant();
        FailureBudget budget = lockWithBudget(attempt);
        Instant lockedUntil = lockInForce(attempt.account(), budget, now);
        if (lockedUntil != null) {
            budgets.addAttempt(new VerificationAttempt(attempt, AttemptOutcome.LOCKED, null, now));
            attempted.fire(new CodeAttempted(attempt.purpose(), attempt.method(), AttemptOutcome.LOCKED, null));
            throw new AccountLockedException(secondsUntil(now, lockedUntil));
        }
        CodeCheck.Result<T> result = check.evaluate(now);
        if (result.isAccepted()) {
            budget.recordSuccess();
            budgets.addAttempt(new VerificationAttempt(attempt, AttemptOutcome.SUCCESS, null, now));
            attempted.fire(new CodeAttempted(attempt.purpose(), attempt.method(), AttemptOutcome.SUCCESS, null));
            if (attempt.purpose().usesEstablishedFactor()) {
                factorUsed.fire(
                        new FactorUsed(attempt.account(), attempt.method(), attempt.purpose(), attempt.actor()));
            }
            return result.value();
        }
        budgets.addAttempt(new VerificationAttempt(attempt, AttemptOutcome.FAILURE, result.refusal(), now));
        attempted.fire(
                new CodeAttempted(attempt.purpose(), attempt.method(), AttemptOutcome.FAILURE, result.refusal()));
        result.refusal()
                .eventFor(attempt.purpose())
                .ifPresent(event -> events.record(attempt.account().value(), attempt.actor(), event));
        if (budget.recordFailure(now, policy)) {
            events.record(
                    attempt.account().value(),
                    attempt.actor(),
                    new AccountLocked(budget.lockedUntil(), budget.lockLevel()));
        }
        throw new VerificationFailedException();
    }

    /**
     * Locks the account's row and its budget's for the rest of the transaction, in one read, and returns the budget
     * (new when the account has taken no code yet: safe without a race, since the account's row is locked). An
     * account seen for the first time is opened first, in a transaction of its own which a concurrent first request
     * may win, so that a verification of a known account is this one transaction and one locking read.
     */
    private FailureBudget lockWithBudget(Attempt attempt) {
        BudgetedAccount locked = budgets.lockWithAccount(attempt.account());
        FailureBudget budget;
        if (locked != null) {
            budget = locked.budget();
        } else {
            accountService.ensureExists(attempt.account(), null, attempt.actor());
            Account opened = accounts.find(attempt.account());
            if (opened == null) {
                throw new NotFoundException("no such account");
            }
            // a first request that lost the race to open the account has read it: lock what it read
            accounts.relock(opened);
            budget = budgets.find(attempt.account());
        }
        if (budget == null) {
            budget = new FailureBudget(attempt.account());
            budgets.add(budget);
        }
        return budget;
    }

    /**
     * Support lifts the account's lock by hand, with a note for the audit trail: the consecutive count and the lock
     * ladder start over. The daily cap still counts the day's failures. False when the account was not locked.
     */
    public boolean unlock(AccountId account, String note, Actor actor) {
        Instant now = clock.instant();
        BudgetedAccount locked = budgets.lockWithAccount(account);
        if (locked == null) {
            throw new NotFoundException("no such account");
        }
        FailureBudget budget = locked.budget();
        boolean wasLocked = budget != null && lockInForce(account, budget, now) != null;
        if (budget != null) {
            budget.unlock();
        }
        events.record(account.value(), actor, new AccountUnlocked(note, wasLocked));
        return wasLocked;
    }

    /** The lock in force for the account now, for its status; null when none. Reads without locking. */
    public Instant lockedUntil(AccountId account) {
        Instant now = clock.instant();
        FailureBudget budget = budgets.find(account);
        return lockInForce(account, budget == null ? new FailureBudget(account) : budget, now);
    }

    /** Seconds until {@code until}, rounded up: what {@code Retry-After} says. */
    public long secondsUntil(Instant until) {
        return secondsUntil(clock.instant(), until);
    }

    /**
     * The lock in force: the budget's own, or the daily cap's. The attempts are scanned for the cap only when the
     * budget's bound says the last 24 hours may hold the limit's worth of failures (an account under attack), so an
     * ordinary verification reads no attempts.
     */
    private Instant lockInForce(AccountId account, FailureBudget budget, Instant now) {
        Instant dailyCapLifts = null;
        if (budget.failuresInLastDayAtMost(now) >= policy.dailyFailureLimit()) {
            dailyCapLifts = policy.dailyCapLiftsAt(
                    budgets.nthLatestFailureSince(account, policy.dailyFailureLimit(), now.minus(LockPolicy.DAY)));
        }
        return budget.lockedUntil(now, dailyCapLifts);
    }

    static long secondsUntil(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
