/**
 * Recovery codes: sets of one-time codes issued with an authenticator, stored only as keyed digests, consumed exactly
 * once, replaced as a whole. Imports the shared kernel, accounts, crypto, the audit trail, the lockout guard and
 * notifications; never authenticators.
 */
package org.lifeline.recoverycode;
