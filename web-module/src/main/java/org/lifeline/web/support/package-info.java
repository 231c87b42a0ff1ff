/** What support agents do: lift locks (and, as they land, review security-reset cases). */
package org.lifeline.web.support;
