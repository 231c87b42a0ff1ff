/** Recovery codes: their one-time display as JSON or as a downloadable sheet, and their regeneration. */
package org.lifeline.web.recoverycode;
