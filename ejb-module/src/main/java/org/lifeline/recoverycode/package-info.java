/**
 * Recovery codes: sets of one-time codes issued with an authenticator, stored only as keyed digests, consumed exactly
 * once, replaced as a whole. Imports the shared kernel, accounts, crypto, the audit trail and the attempt vocabulary
 * (the guard runs its checks); never authenticators.
 */
package org.lifeline.recoverycode;
