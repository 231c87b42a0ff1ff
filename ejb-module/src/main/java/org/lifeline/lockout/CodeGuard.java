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
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FactorUsed;
import org.lifeline.attempt.FailureReason;
import org.lifeline.attempt.VerificationAttempt;
import org.lifeline.attempt.VerificationFailedException;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.AccountLocked;
import org.lifeline.audit.SecurityEvent.AccountUnlocked;
import org.lifeline.audit.SecurityEvent.TotpBarred;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.shared.NotFoundException;

/**
 * The gate every code passes, whatever the path. Inside the caller's transaction it locks the account's row, so the
 * attempts of one account take turns on every node; refuses unevaluated while a lock of the code's kind is in force
 * (TOTP: its ladder, the daily cap, the bar past the cap since the last success; recovery codes: their own ladder);
 * runs the check; and books the outcome against that kind's budget. Concurrent guesses beyond the threshold are
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
        boolean recoveryCode = attempt.method() == CodeMethod.RECOVERY_CODE;
        if (!recoveryCode && budget.totpBarred()) {
            record(attempt, AttemptOutcome.LOCKED, null, now);
            throw AccountLockedException.barred();
        }
        Instant lockedUntil =
                recoveryCode ? budget.recoveryCodeLockedUntil(now) : lockInForce(attempt.account(), budget, now);
        if (lockedUntil != null) {
            record(attempt, AttemptOutcome.LOCKED, null, now);
            throw new AccountLockedException(secondsUntil(now, lockedUntil));
        }
        CodeCheck.Result<T> result = check.evaluate(now);
        if (result.isAccepted()) {
            if (recoveryCode) {
                budget.recordRecoveryCodeSuccess(now);
            } else {
                budget.recordSuccess();
            }
            record(attempt, AttemptOutcome.SUCCESS, null, now);
            announceFactor(attempt);
            return result.value();
        }
        if (!result.counted()) {
            // a right code refused all the same: on record, announced as the factor it is (so that it still cancels
            // a waiting reset), never a failure
            record(attempt, AttemptOutcome.REFUSED, result.refusal(), now);
            announceFactor(attempt);
            throw new VerificationFailedException();
        }
        record(attempt, AttemptOutcome.FAILURE, result.refusal(), now);
        result.refusal()
                .eventFor(attempt.purpose())
                .ifPresent(event -> events.record(attempt.account().value(), attempt.actor(), event));
        if (recoveryCode) {
            if (budget.recordRecoveryCodeFailure(now, policy)) {
                events.record(
                        attempt.account().value(),
                        attempt.actor(),
                        new AccountLocked(budget.recoveryCodeLockedUntil(now), budget.recoveryLockLevel()));
            }
            throw new VerificationFailedException();
        }
        boolean wasBarred = budget.totpBarred();
        if (budget.recordFailure(now, policy)) {
            events.record(
                    attempt.account().value(),
                    attempt.actor(),
                    new AccountLocked(budget.lockedUntil(), budget.lockLevel()));
        }
        if (!wasBarred && budget.totpBarred()) {
            events.record(attempt.account().value(), attempt.actor(), new TotpBarred(budget.failuresSinceSuccess()));
        }
        throw new VerificationFailedException();
    }

    /** The attempt's record in the database and its announcement (metrics), for every outcome alike. */
    private void record(Attempt attempt, AttemptOutcome outcome, FailureReason reason, Instant now) {
        budgets.addAttempt(new VerificationAttempt(attempt, outcome, reason, now));
        attempted.fire(new CodeAttempted(attempt.purpose(), attempt.method(), outcome, reason));
    }

    /** A right code on a path that uses a factor the holder already had: recovery cases act on it. */
    private void announceFactor(Attempt attempt) {
        if (attempt.purpose().usesEstablishedFactor()) {
            factorUsed.fire(new FactorUsed(attempt.account(), attempt.method(), attempt.purpose(), attempt.actor()));
        }
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
     * Support lifts every lock of the account by hand, with a note for the audit trail: both ladders, the daily cap
     * and the TOTP bar; the event records what remained (the bar, the failures since the last success and of the last
     * 24 hours, the recovery codes' lock). False when nothing was locked.
     */
    public boolean unlock(AccountId account, String note, Actor actor) {
        Instant now = clock.instant();
        BudgetedAccount locked = budgets.lockWithAccount(account);
        if (locked == null) {
            throw new NotFoundException("no such account");
        }
        // an account that never took a code has no budget row: nothing to lift, and nothing to write either
        FailureBudget budget = locked.budget() == null ? new FailureBudget(account) : locked.budget();
        boolean barred = budget.totpBarred();
        boolean recoveryLocked = budget.recoveryCodeLockedUntil(now) != null;
        boolean wasLocked = barred || recoveryLocked || lockInForce(account, budget, now) != null;
        int sinceSuccess = budget.failuresSinceSuccess();
        int lastDay = failuresInLastDay(account, budget, now);
        budget.unlock(now);
        events.record(
                account.value(),
                actor,
                new AccountUnlocked(note, wasLocked, barred, sinceSuccess, lastDay, recoveryLocked));
        return wasLocked;
    }

    /** The lock in force for TOTP codes now, for the account's status; null when none. Reads without locking. */
    public Instant lockedUntil(AccountId account) {
        Instant now = clock.instant();
        FailureBudget budget = budgets.find(account);
        return lockInForce(account, budget == null ? new FailureBudget(account) : budget, now);
    }

    /** Whether TOTP codes are barred for the account, for its status. Reads without locking. */
    public boolean totpBarred(AccountId account) {
        FailureBudget budget = budgets.find(account);
        return budget != null && budget.totpBarred();
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
                    budgets.nthLatestFailureSince(account, policy.dailyFailureLimit(), countedSince(budget, now)));
        }
        return budget.lockedUntil(now, dailyCapLifts);
    }

    /** The TOTP failures the daily cap counts now (a scan, so only for an unlock, never per verification). */
    private int failuresInLastDay(AccountId account, FailureBudget budget, Instant now) {
        int bound = budget.failuresInLastDayAtMost(now);
        if (bound == 0) {
            return 0;
        }
        return budgets.countFailuresSince(account, countedSince(budget, now));
    }

    /** The start of the daily cap's window: 24 hours back, or the last unlock or right recovery code if later. */
    private static Instant countedSince(FailureBudget budget, Instant now) {
        Instant dayAgo = now.minus(LockPolicy.DAY);
        Instant from = budget.failuresCountedFrom();
        return from != null && from.isAfter(dayAgo) ? from : dayAgo;
    }

    static long secondsUntil(Instant now, Instant until) {
        return Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
    }
}
