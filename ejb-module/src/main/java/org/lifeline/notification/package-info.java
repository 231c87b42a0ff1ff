/**
 * Security notifications to account holders through a transactional outbox: written in the transaction of the event
 * they report, delivered afterwards by e-mail and to a signed webhook, with retries. Imports the shared kernel and
 * accounts.
 */
package org.lifeline.notification;
