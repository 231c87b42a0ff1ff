package org.lifeline.compliance;

import java.time.Instant;
import java.util.List;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;

/**
 * The verification attempts (and evidence) of a run window, grouped as the suspicious-attempt detectors need them,
 * a keyset page at a time. Refused means failed or refused while locked.
 */
public interface AttemptHistory {

    /** Accounts after {@code after} with at least {@code min} refused attempts, in id order. */
    List<Count> refusalsByAccount(AuditWindow window, long min, String after, int size);

    /** Client addresses after {@code after} whose refused attempts touch at least {@code min} accounts. */
    List<AddressCount> refusalsByAddress(AuditWindow window, long min, String after, int size);

    /** Accounts after {@code after} with attempts refused for {@code reason}, in id order. */
    List<Count> refusalsFor(FailureReason reason, AuditWindow window, String after, int size);

    /** Accounts after {@code after} that signed in with a recovery code in the window, in id order. */
    List<String> recoveryCodeUsers(AuditWindow window, String after, int size);

    /** The account's accepted codes from {@code from} to {@code until}, in the order they were made. */
    List<Success> successesOf(String accountId, Instant from, Instant until);

    /** Accounts after {@code after} whose evidence in the window has the same bytes as another account's. */
    List<Count> sharedEvidence(AuditWindow window, String after, int size);

    /** How many attempts (or other accounts) an account has. */
    record Count(String accountId, long count) {}

    record AddressCount(String clientAddress, long accounts, long refused) {}

    record Success(CodeMethod method, Instant at) {}
}
