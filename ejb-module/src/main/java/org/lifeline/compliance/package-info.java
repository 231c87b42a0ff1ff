/**
 * Compliance runs: starting the {@code security-audit} batch job (its steps live in the batch module), the audits its
 * steps call (codes, attempts), the findings they record by run window, and the filed reports. Reads the other
 * capabilities' entities: imports the shared kernel, accounts, the audit trail, the attempt vocabulary, notifications
 * (the type of reminder each finding sends), authenticators, recovery codes and the recovery-phrase screen (an
 * abandonment's note).
 */
package org.lifeline.compliance;
