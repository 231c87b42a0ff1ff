/**
 * Accounts: the people Lifeline protects, created on first use, with the contact address and risk tier the platform
 * sets. Imports the shared kernel and the audit trail.
 */
package org.lifeline.account;
