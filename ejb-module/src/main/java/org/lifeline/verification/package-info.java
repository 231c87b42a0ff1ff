/**
 * Second-factor verification: a platform asks whether a code the account holder typed is right, with a TOTP code or a
 * recovery code, through the shared failure budget. Imports accounts, the audit trail, the attempt vocabulary, the
 * lockout guard, authenticators and recovery codes. (A right code cancels a waiting reset on every path: the guard
 * announces a {@code FactorUsed}, and recovery cases act on it.)
 */
package org.lifeline.verification;
