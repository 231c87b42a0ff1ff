package org.lifeline.recoverycase;

/** Why the owner asks for a reset. Stored by name. */
public enum CaseReason {
    LOST_DEVICE,
    STOLEN_DEVICE,
    DEVICE_RESET,
    OTHER
}
