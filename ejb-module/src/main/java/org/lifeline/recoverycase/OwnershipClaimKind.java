package org.lifeline.recoverycase;

/** What the owner remembers of the account's ledger. Stored by name: never rename a constant, only add. */
public enum OwnershipClaimKind {
    /** The id of a recent transaction of the account. */
    TRANSACTION_ID,
    /** A recent deposit: its reference (a transaction hash, a bank reference), amount, asset, day. */
    DEPOSIT,
    /** An address the account withdrew to. */
    WITHDRAWAL_ADDRESS
}
