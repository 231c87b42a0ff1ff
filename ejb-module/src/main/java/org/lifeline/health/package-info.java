/**
 * The readiness probe. Packaged apart, as the {@code health} jar in the EAR's {@code lib/}: the server registers
 * MicroProfile health checks of an EAR only from there, not from its EJB or web modules. So it may use nothing of the
 * EJB module at run time (its one import, a constant of {@code schema}, is inlined by the compiler); it reads the
 * database through the datasource.
 */
package org.lifeline.health;
