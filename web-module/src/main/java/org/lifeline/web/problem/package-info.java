/**
 * Every failure leaves as {@code application/problem+json} (RFC 9457) with a stable {@code code}: the exception
 * mappers of this package are the only way out. Never a stack trace, a class name or SQL.
 */
package org.lifeline.web.problem;
