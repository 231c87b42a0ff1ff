/**
 * The one failure budget every code-taking path shares: the guard that evaluates codes under the account's lock,
 * progressive locks, the daily cap, and the keeping of the attempts' record. Imports the shared kernel, accounts, the
 * audit trail (whose security events tell the owner of a lock), the attempt vocabulary and the recovery-phrase screen
 * (an unlock's note); the capabilities that take codes import it.
 */
package org.lifeline.lockout;
