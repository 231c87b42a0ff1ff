/**
 * Asks the platform, which owns the ledger, whether the owner's ownership claims are true: a signed POST (the
 * webhook's signature scheme, under its own secret) to {@code lifeline.ownership.verifier.url} for each case with
 * claims due, from a schedule on every node, with retries and backoff; the claims' states stay with the case
 * (recoverycase). Imports the shared kernel, security-reset cases, and notifications (only the signature scheme).
 */
package org.lifeline.ownershipcheck;
