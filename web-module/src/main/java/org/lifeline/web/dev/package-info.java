/** Development and test aids, refused on production servers. */
package org.lifeline.web.dev;
