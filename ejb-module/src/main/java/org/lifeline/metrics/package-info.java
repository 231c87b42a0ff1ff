/**
 * The domain's metrics on the server's {@code /metrics}: counters of what happened, counted after the transaction that
 * did it commits, from the facts the capabilities publish (a code attempted, a security event recorded, a notification
 * tried, a compliance run ended, the ownership verifier called), the requests the REST adapter ran again after a lost
 * lock race, and two gauges the outbox sender refreshes. Nothing here reads a table when Prometheus scrapes. Imports
 * the events of attempts, audit, notification, compliance, ownership checks and shared; nothing imports it.
 */
package org.lifeline.metrics;
