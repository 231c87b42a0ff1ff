package org.lifeline.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.lifeline.account.AccountId;

/**
 * The failure budgets of an account, each shared by every path that takes its kind of code. TOTP codes (six digits,
 * guessable) have the lock ladder, the daily cap and the cap since the last success, past which TOTP is barred until
 * the owner proves themselves another way; recovery codes (120 bits, not guessable) have a lock ladder of their own,
 * so that guessing TOTP codes never locks the owner out of their recovery codes, nor the other way round. It lives in
 * the database, so it holds across requests, tokens, client addresses and server nodes.
 */
@Entity
@Table(name = "failure_budget")
// One locking read of the account's row and its budget's (READ COMMITTED: a missing budget row takes no gap lock).
@NamedQuery(
        name = "FailureBudget.lockWithAccount",
        query = "select a, b from Account a left join FailureBudget b on b.accountId = a.id where a.id = :accountId",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class FailureBudget {

    @Id
    @Column(name = "account_id", length = AccountId.MAX_LENGTH)
    private String accountId;

    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    /** How many locks in a row, without a success between them; sets the next lock's length. */
    @Column(name = "lock_level", nullable = false)
    private int lockLevel;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /**
     * The failures since the account last went a day without one: never fewer than the failures of the last 24
     * hours, so while it is below the daily limit the cap cannot be reached and the attempts need no scan.
     */
    @Column(name = "failures_since_quiet", nullable = false)
    private int failuresSinceQuiet;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    /** The TOTP failures since the last right code of any kind (or unlock). */
    @Column(name = "failures_since_success", nullable = false)
    private int failuresSinceSuccess;

    /** When the failures since the last success reached their cap: TOTP is then refused unevaluated. */
    @Column(name = "totp_barred_at")
    private Instant totpBarredAt;

    /** The daily cap counts the TOTP failures after this (an unlock, or a right recovery code); null: all. */
    @Column(name = "failures_counted_from")
    private Instant failuresCountedFrom;

    @Column(name = "recovery_failures", nullable = false)
    private int recoveryFailures;

    @Column(name = "recovery_lock_level", nullable = false)
    private int recoveryLockLevel;

    @Column(name = "recovery_locked_until")
    private Instant recoveryLockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FailureBudget() {}

    public FailureBudget(AccountId account) {
        this.accountId = account.value();
    }

    /** The lock in force at {@code now}, from this budget or from the daily cap; null when none. */
    public Instant lockedUntil(Instant now, Instant dailyCapLifts) {
        Instant until = null;
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            until = lockedUntil;
        }
        if (dailyCapLifts != null && dailyCapLifts.isAfter(now) && (until == null || dailyCapLifts.isAfter(until))) {
            until = dailyCapLifts;
        }
        return until;
    }

    /** Counts a refused TOTP code; true when it starts a lock. Reaching the cap since the last success bars TOTP. */
    public boolean recordFailure(Instant now, LockPolicy policy) {
        failuresSinceQuiet = failuresInLastDayAtMost(now) + 1;
        lastFailureAt = now;
        failuresSinceSuccess++;
        if (failuresSinceSuccess >= policy.failuresSinceSuccessLimit() && totpBarredAt == null) {
            totpBarredAt = now;
        }
        consecutiveFailures++;
        if (consecutiveFailures < policy.threshold()) {
            return false;
        }
        consecutiveFailures = 0;
        lockLevel++;
        lockedUntil = now.plus(policy.lockFor(lockLevel));
        return true;
    }

    /** Counts a refused recovery code, on its own ladder; true when it starts a lock. */
    public boolean recordRecoveryCodeFailure(Instant now, LockPolicy policy) {
        recoveryFailures++;
        if (recoveryFailures < policy.recoveryCodeThreshold()) {
            return false;
        }
        recoveryFailures = 0;
        recoveryLockLevel++;
        recoveryLockedUntil = now.plus(policy.lockFor(recoveryLockLevel));
        return true;
    }

    /**
     * An upper bound of the TOTP failures of the 24 hours before {@code now} (after {@link #failuresCountedFrom()}):
     * zero after a day without one, else every failure since the last such day. The daily cap can only be reached
     * when this reaches its limit.
     */
    public int failuresInLastDayAtMost(Instant now) {
        return lastFailureAt == null || !lastFailureAt.isAfter(now.minus(LockPolicy.DAY)) ? 0 : failuresSinceQuiet;
    }

    /** A right TOTP code: the count and the lock ladder start over; the day's failures still count for the cap. */
    public void recordSuccess() {
        consecutiveFailures = 0;
        lockLevel = 0;
        lockedUntil = null;
        failuresSinceSuccess = 0;
    }

    /**
     * A right recovery code: the owner holds a 120-bit secret, so every TOTP restriction ends (the lock, the daily
     * cap, the bar) along with the recovery codes' own ladder.
     */
    public void recordRecoveryCodeSuccess(Instant now) {
        clear(now);
    }

    /** Support lifted every lock by hand: both ladders, the daily cap and the bar. */
    public void unlock(Instant now) {
        clear(now);
    }

    private void clear(Instant now) {
        recordSuccess();
        totpBarredAt = null;
        failuresSinceQuiet = 0;
        failuresCountedFrom = now;
        recoveryFailures = 0;
        recoveryLockLevel = 0;
        recoveryLockedUntil = null;
    }

    /** The recovery codes' lock in force at {@code now}; null when none. */
    public Instant recoveryCodeLockedUntil(Instant now) {
        return recoveryLockedUntil != null && recoveryLockedUntil.isAfter(now) ? recoveryLockedUntil : null;
    }

    public boolean totpBarred() {
        return totpBarredAt != null;
    }

    public int failuresSinceSuccess() {
        return failuresSinceSuccess;
    }

    public Instant failuresCountedFrom() {
        return failuresCountedFrom;
    }

    public int recoveryLockLevel() {
        return recoveryLockLevel;
    }

    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    public int lockLevel() {
        return lockLevel;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
