package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The queue of ownership claims the platform's verifier has yet to answer, as the caller of the verifier sees it. The
 * claims' states stay here; how the verifier is called (signed HTTP, timeouts, retries' lengths) is the caller's.
 */
@Local
public interface OwnershipChecks {

    /** Cases with claims due for a check, the longest waiting first. */
    List<String> casesDue(int limit);

    /**
     * The case's claims due for a check, opened and locked for the caller's transaction (required); empty when none
     * is due any more or another node holds them.
     */
    ClaimsToCheck lockDue(String caseId);

    /**
     * The verifier's answers, by claim id, for claims {@code asked} was given: each answered claim ends {@code
     * MATCHED} or {@code NOT_MATCHED} (an audit event each); one it did not answer waits {@code wait} and is asked
     * again. Answers for other claims are ignored. In the caller's transaction.
     */
    void answered(ClaimsToCheck asked, Map<String, Boolean> matched, Duration wait);

    /** No usable answer: every claim asked stays {@code PENDING} and is asked again after {@code wait}. */
    void unanswered(ClaimsToCheck asked, String error, Duration wait);
}
