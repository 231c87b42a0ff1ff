package org.lifeline.recoverycode;

import java.time.Instant;
import org.lifeline.account.AccountId;

/** Storage of recovery-code sets and their digests. */
public interface RecoveryCodeRepository {

    RecoveryCodeSet findLiveSet(AccountId account);

    void addSet(RecoveryCodeSet set);

    void addCode(RecoveryCode code);

    /** Marks the code used with one conditional update; false when it is not an unused code of that set. */
    boolean consume(RecoveryCodeSet set, String digest, Instant now);

    RecoveryCode findByDigest(String digest);
}
