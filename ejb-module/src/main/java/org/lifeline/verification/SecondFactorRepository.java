package org.lifeline.verification;

import org.lifeline.account.AccountId;

/** Reads an account's second factors for a verification. */
interface SecondFactorRepository {

    /** The account's authenticator and the state of its live recovery-code set, in one read. */
    SecondFactors of(AccountId account);
}
