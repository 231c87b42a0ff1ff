package org.lifeline.attempt;

/**
 * A code was offered: evaluated and accepted or refused, or refused unevaluated because a lock was in force. Fired
 * in the attempt's transaction; observers that count attempts see it after the commit.
 * {@code reason} is null unless the code was refused after evaluation.
 */
public record CodeAttempted(AttemptPurpose purpose, CodeMethod method, AttemptOutcome outcome, FailureReason reason) {}
