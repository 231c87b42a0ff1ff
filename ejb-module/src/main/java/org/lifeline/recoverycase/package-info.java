/**
 * Security-reset cases: the last way back when the phone and the recovery codes are gone. The case knows its legal
 * transitions; one open case per account. Imports the shared kernel, accounts, the audit trail, notifications (only to
 * mint the cancel link a notification carries), crypto (sealed evidence), the attempt vocabulary, the lockout service,
 * authenticators and recovery codes (which an applied reset removes), and the recovery-phrase screen (a description,
 * a decision's note).
 */
package org.lifeline.recoverycase;
