package org.lifeline.recoverycase;

import java.time.Instant;
import java.util.List;

/** The ownership claims of security-reset cases, and the queue of those the platform's verifier has yet to answer. */
public interface OwnershipClaimRepository {

    void add(OwnershipClaim claim);

    List<OwnershipClaim> ofCase(String caseId);

    /** The claim with {@code id}, or null. */
    OwnershipClaim find(String id);

    long countOfCase(String caseId);

    /** Ids of cases with claims due for a check, the longest waiting first, at most {@code limit}. */
    List<String> casesDue(Instant now, int limit);

    /**
     * The case's claims due for a check, locked until the transaction ends so that two nodes never ask about one claim
     * at once: a claim another node holds is skipped, not waited for, where the database can.
     */
    List<OwnershipClaim> lockDueOfCase(String caseId, Instant now);

    /** Ids of cases closed before {@code cutoff} that still have claims, at most {@code limit}. */
    List<String> casesClosedBefore(Instant cutoff, int limit);

    /** Deletes the claims of a case; how many. */
    int deleteOfCase(String caseId);
}
