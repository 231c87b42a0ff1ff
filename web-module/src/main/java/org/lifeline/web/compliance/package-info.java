/** Compliance audit runs for auditors. */
package org.lifeline.web.compliance;
