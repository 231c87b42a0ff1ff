package org.lifeline.compliance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifeline.authenticator.AuthenticatorStatus;
import org.lifeline.recoverycode.RecoveryCodeState;

/**
 * An account's authenticator and live recovery-code set as the code audit sees them, and what is wrong with them.
 *
 * @param authenticator the authenticator's status, {@link AuthenticatorStatus#NONE} without one
 * @param setId the live set, or null when the account has none
 * @param unused unused codes of the live set
 */
public record AccountCodes(
        String accountId,
        AuthenticatorStatus authenticator,
        String setId,
        Instant generatedAt,
        Instant lastUsedAt,
        long unused)
        implements java.io.Serializable {

    /** A used set must be replaced within this long. */
    public static final Duration REGENERATION_GRACE = Duration.ofDays(7);
    /** A set never used gets a check-up reminder each year of its age. */
    public static final Duration CHECKUP_AGE = Duration.ofDays(365);

    public AccountCodes {
        authenticator = authenticator == null ? AuthenticatorStatus.NONE : authenticator;
    }

    /** The findings about this account as of {@code now}; empty when all is well. */
    public List<FindingDraft> findings(Instant now) {
        List<FindingDraft> findings = new ArrayList<>();
        boolean protectedByApp = authenticator == AuthenticatorStatus.ACTIVE;
        boolean hasApp = protectedByApp || authenticator == AuthenticatorStatus.FROZEN;
        if (setId != null && unused > 0 && !hasApp) {
            findings.add(FindingDraft.ofAccount(
                    FindingType.CODES_WITHOUT_AUTHENTICATOR,
                    accountId,
                    Map.of("unusedCodes", String.valueOf(unused), "authenticator", authenticator.name())));
            return findings;
        }
        if (protectedByApp && (setId == null || unused == 0)) {
            findings.add(remind(FindingType.NO_CODES_LEFT, Map.of("unusedCodes", "0"), setId == null ? "none" : setId));
        } else if (hasApp && unused < RecoveryCodeState.LOW_BELOW) {
            findings.add(remind(FindingType.FEW_CODES_LEFT, Map.of("unusedCodes", String.valueOf(unused)), setId));
        }
        if (hasApp && setId != null && lastUsedAt != null && lastUsedAt.isBefore(now.minus(REGENERATION_GRACE))) {
            findings.add(remind(FindingType.REGENERATION_OVERDUE, Map.of("lastUsedAt", lastUsedAt.toString()), setId));
        }
        if (hasApp && setId != null && lastUsedAt == null && !generatedAt.isAfter(now.minus(CHECKUP_AGE))) {
            long years = Duration.between(generatedAt, now).toDays() / CHECKUP_AGE.toDays();
            findings.add(remind(
                    FindingType.CODES_UNCHECKED, Map.of("generatedAt", generatedAt.toString()), setId + "/" + years));
        }
        return findings;
    }

    private FindingDraft remind(FindingType type, Map<String, String> detail, String occasion) {
        return FindingDraft.ofAccount(type, accountId, detail).withOccasion(occasion);
    }
}
