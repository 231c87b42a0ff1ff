package org.lifeline.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Storage of accounts. */
public interface AccountRepository {

    Account find(AccountId id);

    /** Those of the accounts that exist, by id: one read for all of them. */
    Map<AccountId, Account> findAll(Collection<AccountId> ids);

    /**
     * The account, locked until the transaction ends; null when there is none. Call it before reading the account
     * in the transaction: an account already read is locked with {@link #relock}.
     */
    Account lock(AccountId id);

    /**
     * Those of the accounts that exist, locked until the transaction ends, taken in id order with one statement (so
     * two writers of overlapping sets take turns instead of deadlocking). Call it before reading them, as {@link
     * #lock}.
     */
    List<Account> lockAll(Collection<AccountId> ids);

    /**
     * Locks an account this transaction has already read and reads its latest state. (Locking it by id would check
     * the version read before, and fail when another transaction changed the account in between.)
     */
    Account relock(Account read);

    /** Stores a new account and writes it at once, so a duplicate fails here rather than at commit. */
    void addNow(Account account);
}
