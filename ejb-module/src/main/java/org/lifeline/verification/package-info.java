/**
 * Second-factor verification: a platform asks whether a code the account holder typed is right, with a TOTP code or
 * a recovery code, through the shared failure budget. Imports accounts, the audit trail, the lockout guard,
 * notifications, authenticators, recovery codes and recovery cases (a right code cancels a waiting reset).
 */
package org.lifeline.verification;
