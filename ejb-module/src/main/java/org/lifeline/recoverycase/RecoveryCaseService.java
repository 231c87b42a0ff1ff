package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;

/** The owner's side of a security reset: opening, reading and cancelling a case. */
@Local
public interface RecoveryCaseService {

    /** Opens a case; conflict when the account already has an open one. */
    CaseView open(AccountId account, CaseReason reason, String description, String contactEmail, Actor actor);

    /** The owner's case; not found for a case of another account, exactly as for none. */
    CaseView ownCase(AccountId account, String caseId);

    /** The owner withdraws the case. */
    CaseView cancel(AccountId account, String caseId, Actor actor);

    /** The account's open case, or null. */
    CaseView openCaseOf(AccountId account);
}
