/**
 * Compliance audit runs: starting the {@code security-audit} batch job (its steps live in the batch module) and
 * reading its runs from the batch job repository. Imports the shared kernel.
 */
package org.lifeline.compliance;
