/**
 * The REST adapter: JAX-RS resources that parse a request, call one service of the domain module and map the
 * answer. No entity manager, no SQL, no business rule lives here.
 */
package org.lifeline.web;
