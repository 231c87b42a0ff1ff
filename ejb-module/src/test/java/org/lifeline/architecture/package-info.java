/** The layout's rules as tests; {@code DomainLayoutTest} and the package-info files say the same. */
package org.lifeline.architecture;
