/**
 * Cryptographic primitives: TOTP (RFC 6238 over RFC 4226), authenticated encryption of secrets at rest with
 * rotating keys, random secrets. Imports no other Lifeline package; holds no business rule.
 */
package org.lifeline.crypto;
