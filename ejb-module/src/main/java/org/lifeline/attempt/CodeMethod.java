package org.lifeline.attempt;

/** What kind of code an attempt offered. Stored by name. */
public enum CodeMethod {
    TOTP,
    RECOVERY_CODE
}
