/**
 * The one failure budget every code-taking path shares: the guard that evaluates codes under the account's lock,
 * progressive locks, the daily cap, and the record of every attempt. Imports the shared kernel, accounts, the audit
 * trail and notifications (a lock is told to the owner); the capabilities that take codes import it.
 */
package org.lifeline.lockout;
