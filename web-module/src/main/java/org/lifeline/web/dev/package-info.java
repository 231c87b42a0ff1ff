/** Development and test aids: they exist only on development servers and answer 404 elsewhere. */
package org.lifeline.web.dev;
