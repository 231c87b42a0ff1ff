package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import java.util.List;

/** Expiring cases left unattended past their deadline, for the compliance job: page by page, case by case. */
@Local
public interface CaseExpiry {

    /** Ids after {@code after}, in id order, of cases due to expire now; a keyset page for a restartable reader. */
    List<String> dueAfter(String after, int limit);

    /**
     * Expires the case through its own transition, with audit event and notification, in the caller's transaction;
     * false when it is no longer due (attended meanwhile, or expired by an earlier try).
     */
    boolean expire(String caseId);
}
