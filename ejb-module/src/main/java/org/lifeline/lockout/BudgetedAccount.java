package org.lifeline.lockout;

import org.lifeline.account.Account;

/**
 * An account locked together with its failure budget; {@code budget} is null before the account's first code. The
 * account is read too so that later reads of it in the transaction (a waiting reset's check) need no statement.
 */
public record BudgetedAccount(Account account, FailureBudget budget) {}
