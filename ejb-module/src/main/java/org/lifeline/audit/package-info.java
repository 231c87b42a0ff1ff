/**
 * The tamper-evident audit trail: one hash chain of security events per account (and one for the system), so no
 * global lock serialises writers. {@link org.lifeline.audit.SecurityEvents} is the one seam through which every
 * capability says what happened, as a typed {@link org.lifeline.audit.SecurityEvent}; the notifications follow from
 * it. Imports the shared kernel, and crypto for the keyed digest that seals its checkpoints.
 */
package org.lifeline.audit;
