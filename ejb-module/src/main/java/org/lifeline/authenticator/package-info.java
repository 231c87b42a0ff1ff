/**
 * Authenticators: enrollment of a TOTP app (secret, otpauth URI, confirmation by a first code), removal, and the lost-
 * device freeze and its undo. Imports the shared kernel, accounts, the audit trail, notifications (only to mint the
 * undo link a freeze's notification carries), crypto, the attempt vocabulary, the lockout guard, recovery codes (a confirmation
 * issues the first set) and the recovery-phrase screen (an enrollment's label).
 */
package org.lifeline.authenticator;
