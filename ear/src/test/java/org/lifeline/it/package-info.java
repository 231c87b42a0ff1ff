/**
 * Black-box tests of the real EAR on the provisioned server and MariaDB: HTTP as a client sends it, and the
 * database read directly to check what the answers claim.
 */
package org.lifeline.it;
