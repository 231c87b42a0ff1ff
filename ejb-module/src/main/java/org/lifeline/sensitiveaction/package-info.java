/**
 * The step-up before a sensitive action: when the sensitive-action gate holds nothing, a fresh TOTP code authorizes
 * one action (a withdrawal, a new address: the platform names it) for five minutes; when it holds something, the code
 * is not evaluated and no failure is counted. Imports the shared kernel, accounts, the audit trail, the attempt
 * vocabulary, the lockout guard, authenticators (the TOTP check) and the status (the gate).
 */
package org.lifeline.sensitiveaction;
