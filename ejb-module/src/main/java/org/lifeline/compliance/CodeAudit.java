package org.lifeline.compliance;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * The accounts with their authenticator and live recovery codes, read a keyset page at a time: the repository the
 * code audit reads (its rules are in {@link AccountCodes}).
 */
@Local
public interface CodeAudit {

    /**
     * Accounts created before {@code until} with ids after {@code after} and at most {@code upTo} (no upper bound
     * when null), in id order.
     */
    List<AccountCodes> page(String after, String upTo, Instant until, int size);

    /**
     * Ids that split the accounts created before {@code until} into {@code parts} ranges of about the same size:
     * {@code parts - 1} ascending upper bounds (fewer when there are fewer accounts).
     */
    List<String> rangeBounds(int parts, Instant until);
}
