/**
 * Recovery codes: sets of one-time codes issued with an authenticator, stored only as keyed digests, consumed exactly
 * once, replaced as a whole. Imports the shared kernel, accounts, crypto and the audit trail; never authenticators.
 */
package org.lifeline.recoverycode;
