package org.lifeline.audit;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The one way a capability says "this happened to this account". Inside the caller's transaction the event is
 * appended to the account's chain and announced as {@link SecurityEventsRecorded}; the notification table hears it
 * in the same transaction and puts what the owner must be told in the outbox, and the metrics count it once the
 * transaction has committed. A capability therefore never writes to the outbox itself.
 */
@Local
public interface SecurityEvents {

    /** Records {@code event} on the account's chain, which must exist (it is opened with the account). */
    void record(String accountId, Actor actor, SecurityEvent event);

    /**
     * Records each event on its account's chain, in order, as {@link #record} would, with one announcement for all:
     * the chains are locked with one statement (in id order, so two such calls cannot deadlock) and the entries are
     * written in one batch. For a batch job's chunk.
     */
    void recordAll(Actor actor, List<AccountEvent> events);

    /** Records an event that belongs to no account on the system chain. */
    void recordSystem(Actor actor, SecurityEvent event);
}
