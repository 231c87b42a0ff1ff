package org.lifeline.account;

/** Storage of accounts. */
public interface AccountRepository {

    Account find(AccountId id);

    /** The account, locked until the transaction ends; null when there is none. */
    Account lock(AccountId id);

    /** Stores a new account and writes it at once, so a duplicate fails here rather than at commit. */
    void addNow(Account account);
}
