package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import java.util.List;

/** Expiring cases left unattended past their deadline, for the compliance job: a page of cases at a time. */
@Local
public interface CaseExpiry {

    /** Ids after {@code after}, in id order, of cases due to expire now; a keyset page for a restartable reader. */
    List<String> dueAfter(String after, int limit);

    /**
     * Expires those of the cases that are still due through their own transition, with audit events and
     * notifications, in the caller's transaction: a chunk's cases with one read of each kind and their events
     * recorded together. A case no longer due (attended meanwhile, or expired by an earlier try) is left as it is.
     *
     * @return how many cases expired
     */
    int expireAll(List<String> caseIds);
}
