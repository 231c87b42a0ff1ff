package org.lifeline.recoverycase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands, and what may follow what:
 * {@code AWAITING_EVIDENCE -> SUBMITTED -> APPROVED -> APPLIED}, or {@code REJECTED}, {@code CANCELLED},
 * {@code EXPIRED}. Stored by name.
 */
public enum CaseStatus {
    AWAITING_EVIDENCE,
    SUBMITTED,
    APPROVED,
    APPLIED,
    REJECTED,
    CANCELLED,
    EXPIRED;

    static {
        AWAITING_EVIDENCE.next = EnumSet.of(SUBMITTED, CANCELLED, EXPIRED);
        SUBMITTED.next = EnumSet.of(APPROVED, REJECTED, CANCELLED, EXPIRED);
        APPROVED.next = EnumSet.of(APPLIED, CANCELLED);
        APPLIED.next = EnumSet.noneOf(CaseStatus.class);
        REJECTED.next = EnumSet.noneOf(CaseStatus.class);
        CANCELLED.next = EnumSet.noneOf(CaseStatus.class);
        EXPIRED.next = EnumSet.noneOf(CaseStatus.class);
    }

    private Set<CaseStatus> next;

    public boolean mayBecome(CaseStatus target) {
        return next.contains(target);
    }

    /** Open cases still count as the account's one case; closed ones are history. */
    public boolean isOpen() {
        return !next.isEmpty();
    }
}
