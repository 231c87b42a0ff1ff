package org.lifeline.recoverycase;

import org.lifeline.account.AccountId;

/** Storage of cases. */
public interface RecoveryCaseRepository {

    RecoveryCase find(String id);

    /** The account's open case, or null. */
    RecoveryCase findOpen(AccountId account);

    /** Stores a new case and writes it at once, so that a second open case fails on the unique slot here. */
    void addNow(RecoveryCase recoveryCase);
}
