/**
 * What a server must be given before the application deploys: the settings it cannot run without, and the public
 * development values it must never trust outside a development server. Imports only {@code crypto}.
 */
package org.lifeline.deployment;
