package org.lifeline.status;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;

@Local
public interface SecurityStatusService {

    /** The account's status; the account must exist. */
    SecurityStatus statusOf(AccountId id);
}
