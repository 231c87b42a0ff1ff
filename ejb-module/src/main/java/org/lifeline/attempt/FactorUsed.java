package org.lifeline.attempt;

import org.lifeline.account.AccountId;
import org.lifeline.audit.Actor;

/**
 * A right code of a factor the holder already had (the authenticator or a recovery code) was accepted, on any path
 * that takes one. Fired by {@link org.lifeline.lockout.CodeGuard} inside the attempt's transaction, so what observes it (a waiting reset
 * is cancelled) happens in that transaction too.
 */
public record FactorUsed(AccountId account, CodeMethod method, AttemptPurpose purpose, Actor actor) {}
