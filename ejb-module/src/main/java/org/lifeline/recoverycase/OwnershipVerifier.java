package org.lifeline.recoverycase;

/**
 * Whether the platform's ownership verifier is configured: a new claim is then {@code PENDING} (asked of it), else
 * {@code UNVERIFIED}. Implemented where the verifier is called; with no implementation, there is no verifier.
 */
public interface OwnershipVerifier {

    boolean configured();
}
