/**
 * The database schema: versioned migrations applied once at deployment, before the persistence unit validates its
 * mappings, and the database's readiness. Imports no other Lifeline package.
 */
package org.lifeline.schema;
