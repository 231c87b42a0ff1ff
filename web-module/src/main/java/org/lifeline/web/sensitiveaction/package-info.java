/** The step-up before a sensitive action, for the platform's back end. */
package org.lifeline.web.sensitiveaction;
