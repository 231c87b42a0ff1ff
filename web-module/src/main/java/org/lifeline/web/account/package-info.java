/** Account resources: the owner's own status, and the platform back end's view and profile of any account. */
package org.lifeline.web.account;
