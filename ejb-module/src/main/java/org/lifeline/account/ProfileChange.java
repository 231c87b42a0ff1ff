package org.lifeline.account;

/** The outcome of setting an account's profile: the profile now, and whether the account was created by it. */
public record ProfileChange(AccountProfile profile, boolean created) {}
