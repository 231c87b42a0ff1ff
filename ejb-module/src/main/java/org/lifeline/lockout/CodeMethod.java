package org.lifeline.lockout;

/** What kind of code an attempt offered. Stored by name. */
public enum CodeMethod {
    TOTP,
    RECOVERY_CODE
}
