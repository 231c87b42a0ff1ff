package org.lifeline.recoverycase;

import java.time.Instant;
import org.lifeline.account.AccountId;

/** The reads behind the risk signals that look beyond the case itself. */
public interface RiskFacts {

    /** Whether an evidence file of the case has the same SHA-256 as one on a case of another account. */
    boolean sharesEvidenceWithAnotherAccount(String caseId, AccountId account);

    /** Whether a TOTP or recovery code of the account was accepted after {@code since}, on any path. */
    boolean codeAcceptedSince(AccountId account, Instant since);
}
