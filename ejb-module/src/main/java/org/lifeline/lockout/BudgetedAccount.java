package org.lifeline.lockout;

import org.lifeline.account.Account;

/** An account locked together with its failure budget; {@code budget} is null before the account's first code. */
public record BudgetedAccount(Account account, FailureBudget budget) {}
