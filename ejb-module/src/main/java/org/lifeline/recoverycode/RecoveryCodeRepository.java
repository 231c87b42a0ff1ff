package org.lifeline.recoverycode;

import java.time.Instant;
import java.util.List;
import org.lifeline.account.AccountId;

/** Storage of recovery-code sets and their digests. */
public interface RecoveryCodeRepository {

    RecoveryCodeSet findLiveSet(AccountId account);

    void addSet(RecoveryCodeSet set);

    /** Stores a set's new codes in one batch, after the set (which must be added first). */
    void addCodes(List<RecoveryCode> codes);

    /**
     * Marks the code used with one conditional update, by any of the digests it may be stored as (one per key);
     * false when it is not an unused code of that set.
     */
    boolean consume(RecoveryCodeSet set, List<String> digests, Instant now);

    /** Whether any set ever held a code of one of these digests (digests are per account), without loading it. */
    boolean hadDigest(List<String> digests);
}
