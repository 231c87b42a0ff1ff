/** Audit trail resources for compliance and support staff: an account's events and the verification of the chains. */
package org.lifeline.web.audit;
