/**
 * Security-reset cases: the last way back when the phone and the recovery codes are gone. The case knows its legal
 * transitions; one open case per account. The owner's proof of ownership (claims sealed with the case, the queue of
 * those the platform's verifier has yet to answer) and support's risk signals live here; calling the verifier does
 * not (ownershipcheck). Imports the shared kernel, accounts, the audit trail, notifications (only to
 * mint the cancel link a notification carries), crypto (sealed evidence and claims), the attempt vocabulary (a factor used recently), the lockout service,
 * authenticators and recovery codes (which an applied reset removes), and the recovery-phrase screen (a description,
 * a claim's reference, a decision's note).
 */
package org.lifeline.recoverycase;
