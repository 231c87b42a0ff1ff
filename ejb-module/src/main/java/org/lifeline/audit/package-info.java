/**
 * The tamper-evident audit trail: one hash chain of security events per account (and one for the system), so no
 * global lock serialises writers. Imports only the shared kernel.
 */
package org.lifeline.audit;
