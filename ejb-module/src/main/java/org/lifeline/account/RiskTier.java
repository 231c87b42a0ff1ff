package org.lifeline.account;

/** How much a security reset of the account is worth to an attacker, set by the platform. */
public enum RiskTier {
    /** The default. */
    STANDARD,
    /** Large balances or a history of attacks: security resets need two approvals and wait longer. */
    HIGH
}
