package org.lifeline.authenticator;

/** Where an account's authenticator stands. Stored by name. */
public enum AuthenticatorStatus {
    /** No authenticator, or an enrollment that expired unconfirmed. */
    NONE,
    /** Enrolled, waiting for its first code. Nothing is protected by it yet. */
    PENDING,
    /** Confirmed: its codes are the account's second factor. */
    ACTIVE,
    /** The owner reported the device lost: its codes are refused; recovery codes still work. */
    FROZEN
}
