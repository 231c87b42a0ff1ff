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
 * The one failure budget of an account, shared by every path that takes a code. It lives in the database, so it
 * holds across requests, tokens, client addresses and server nodes.
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

    /** Counts a refused code; true when it starts a lock. */
    public boolean recordFailure(Instant now, LockPolicy policy) {
        failuresSinceQuiet = failuresInLastDayAtMost(now) + 1;
        lastFailureAt = now;
        consecutiveFailures++;
        if (consecutiveFailures < policy.threshold()) {
            return false;
        }
        consecutiveFailures = 0;
        lockLevel++;
        lockedUntil = now.plus(policy.lockFor(lockLevel));
        return true;
    }

    /**
     * An upper bound of the failures of the 24 hours before {@code now}: zero after a day without one, else every
     * failure since the last such day. The daily cap can only be reached when this reaches its limit.
     */
    public int failuresInLastDayAtMost(Instant now) {
        return lastFailureAt == null || !lastFailureAt.isAfter(now.minus(LockPolicy.DAY)) ? 0 : failuresSinceQuiet;
    }

    /** A right code: the count and the lock ladder start over. */
    public void recordSuccess() {
        consecutiveFailures = 0;
        lockLevel = 0;
        lockedUntil = null;
    }

    /** Support lifted the lock by hand. */
    public void unlock() {
        recordSuccess();
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
