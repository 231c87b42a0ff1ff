/**
 * The one failure budget every code-taking path shares: the guard that evaluates codes under the account's lock,
 * progressive locks, the daily cap, and the record of every attempt. Imports the shared kernel, accounts and the audit
 * trail (whose security events tell the owner of a lock); the capabilities that take codes import it.
 */
package org.lifeline.lockout;
