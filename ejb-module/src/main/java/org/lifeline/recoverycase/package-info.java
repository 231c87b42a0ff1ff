/**
 * Security-reset cases: the last way back when the phone and the recovery codes are gone. The case knows its legal
 * transitions; one open case per account. Imports the shared kernel, accounts, the audit trail and notifications.
 */
package org.lifeline.recoverycase;
