/**
 * Second-factor verification: a platform asks whether a code the account holder typed is right, with a TOTP code or
 * a recovery code, through the shared failure budget. Imports accounts, authenticators and the lockout guard.
 */
package org.lifeline.verification;
