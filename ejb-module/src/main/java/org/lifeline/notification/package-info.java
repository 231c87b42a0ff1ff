/**
 * Security notifications to account holders through a transactional outbox: written in the transaction of the event
 * they report, delivered afterwards by e-mail and to a signed webhook, with retries. What the owner is told follows
 * from the security events the trail records (one table, {@code NotificationTable}); no capability writes to the
 * outbox itself. Imports the shared kernel, accounts and the audit trail.
 */
package org.lifeline.notification;
