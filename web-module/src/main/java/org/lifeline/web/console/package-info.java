/**
 * The support and compliance console's server side: the headers its static pages ({@code /console/}, in the web
 * module's webapp folder) are served with. The console itself calls the same REST API as any client.
 */
package org.lifeline.web.console;
