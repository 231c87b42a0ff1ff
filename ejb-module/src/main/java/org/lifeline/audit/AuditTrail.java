package org.lifeline.audit;

import jakarta.ejb.Local;
import java.util.Map;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

/**
 * The append-only record of security events. Every capability records here, inside its own transaction, so an
 * event exists if and only if the change it reports was committed.
 */
@Local
public interface AuditTrail {

    /** Starts the chain of a new account; called once, in the transaction that creates the account. */
    void openChain(String accountId);

    /** Appends an event to the account's chain. Details must not hold secrets, codes or tokens. */
    void record(String accountId, AuditEventType type, Actor actor, Map<String, String> details);

    /** Appends an event that belongs to no account to the system chain. */
    void recordSystem(AuditEventType type, Actor actor, Map<String, String> details);

    /** The account's events, newest first. */
    Page<AuditRecord> eventsOf(String accountId, PageRequest page);

    /** Walks every chain from its first entry and reports the first broken link. */
    ChainVerification verify();
}
