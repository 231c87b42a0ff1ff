/**
 * The tamper-evident audit trail: one hash chain of security events per account (and one for the system), so no
 * global lock serialises writers. Imports the shared kernel, and crypto for the keyed digest that seals its
 * checkpoints.
 */
package org.lifeline.audit;
