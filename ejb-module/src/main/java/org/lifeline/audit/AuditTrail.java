package org.lifeline.audit;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

/**
 * The append-only record of security events, read side and chain keeping. Capabilities record through
 * {@link SecurityEvents}, inside their own transaction, so an event exists if and only if the change it reports was
 * committed.
 */
@Local
public interface AuditTrail {

    /** Starts the chain of a new account; called once, in the transaction that creates the account. */
    void openChain(String accountId);

    /** The account's events, newest first. */
    Page<AuditRecord> eventsOf(String accountId, PageRequest page);

    /**
     * The entries the filter takes after the one of id {@code afterId}, at most {@code limit}, in trail order: one
     * page of an export, read in a transaction of its own so that a long export holds no more than a page.
     */
    List<AuditRecord> exportPage(ExportFilter filter, long afterId, int limit);

    /** Records on the system chain that {@code auditor} exported the trail, with the filter and the format. */
    void recordExport(ExportFilter filter, String format, Actor auditor);

    /** Walks every chain from its first entry and reports the first broken link. */
    ChainVerification verify();

    /** The trail's seal as it stands; empty when its row is gone. */
    Optional<TrailSealView> seal();

    /**
     * After the seal found the checkpoints broken and they were looked into: seals what they add up to now, so that
     * runs seal chains again, and records who accepted the trail and why. A conflict when nothing is broken.
     */
    TrailSealView accept(String note, Actor auditor);

    /** The longest note an acceptance takes. */
    int MAX_NOTE_LENGTH = 1000;
}
