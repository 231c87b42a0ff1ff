package org.lifeline.recoverycase;

/** A support agent's verdict on a submitted case. Stored by name. */
public enum Decision {
    APPROVE,
    REJECT
}
