package org.lifeline.attempt;

import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;

/** An offered code's circumstances: whose account, by which path, what kind of code, from where, by whom. */
public record Attempt(AccountId account, AttemptPurpose purpose, CodeMethod method, ClientInfo client, Actor actor) {}
