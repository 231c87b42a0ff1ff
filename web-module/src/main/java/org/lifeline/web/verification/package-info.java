/** Second-factor checks: the owner's own, and the platform back end's for any account. */
package org.lifeline.web.verification;
