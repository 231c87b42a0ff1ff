package org.lifeline.compliance;

import java.time.Duration;
import java.util.List;
import org.lifeline.attempt.FailureReason;

/**
 * The verification attempts (and evidence) of a run window, tallied as the suspicious-attempt detectors need them.
 * Each {@code tally...} method is one grouped pass over the window that keeps, per subject, the counts of the
 * subjects that crossed the detector's threshold; {@link #tallied} pages through them by key. Refused means failed or
 * refused while locked. The tallies are those of one window at a time: {@link #clearTallies} forgets them.
 */
public interface AttemptHistory {

    /** True when the tallies of {@code window} are complete ({@link #markTallied} was called for it). */
    boolean isTallied(AuditWindow window);

    void clearTallies();

    void markTallied(AuditWindow window);

    /** Accounts with at least {@code min} refused attempts: first count the refusals. */
    void tallyRefusalsByAccount(FindingType detector, AuditWindow window, long min);

    /**
     * Client addresses whose refused attempts touch at least {@code min} accounts: first count the accounts, second
     * the refusals.
     */
    void tallyRefusalsByAddress(FindingType detector, AuditWindow window, long min);

    /** Accounts with attempts refused for {@code reason}: first count those attempts. */
    void tallyRefusalsFor(FindingType detector, FailureReason reason, AuditWindow window);

    /**
     * Accounts that signed in with a recovery code in the window no later than {@code recency} after a right TOTP
     * code of theirs (made before it): the phone was not lost, so who used the sheet? First count those sign-ins.
     */
    void tallyRecoveryCodesWhileTotpInUse(FindingType detector, AuditWindow window, Duration recency);

    /**
     * Accounts whose evidence has the same bytes (SHA-256) as another account's, either uploaded in the window: first
     * count the other accounts.
     */
    void tallySharedEvidence(FindingType detector, AuditWindow window);

    /** The detector's tallies with subjects after {@code after}, in subject order. */
    List<Tally> tallied(FindingType detector, String after, int size);

    /** What a detector counted about one subject (an account, or a client address). */
    record Tally(String subject, long first, long second) {}
}
