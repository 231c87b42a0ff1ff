/**
 * The security status of an account as its owner and the platform see it: authenticator, recovery codes, lock,
 * hold and open recovery case in one answer; and the sensitive-action gate the platform asks before a withdrawal. Reads the other capabilities; none of them imports it.
 */
package org.lifeline.status;
