package org.lifeline.status;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;

/** The question a platform asks before a withdrawal: may a sensitive action go ahead on this account now? */
@Local
public interface SensitiveActionGate {

    /** Every reason the account's sensitive actions are held now; not found for an unknown account. */
    SensitiveActions check(AccountId id);
}
