/**
 * The REST adapter: JAX-RS resources that parse a request, call one service of the domain module and map the
 * answer. No entity manager, no SQL, no business rule lives here; resources reach services by their interfaces, and
 * the resource packages form no cycle (the request bodies they share are in {@code credential}). WebLayoutTest
 * checks it.
 */
package org.lifeline.web;
