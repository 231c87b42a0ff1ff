package org.lifeline.compliance;

/** How urgent a finding is. {@link #HIGH} flags the account for review. Stored by name. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
