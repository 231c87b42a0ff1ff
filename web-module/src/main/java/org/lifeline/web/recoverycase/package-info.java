/** Security-reset cases from the owner's side. */
package org.lifeline.web.recoverycase;
