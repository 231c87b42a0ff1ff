package org.lifeline.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What happened to an account, as the capabilities say it: one record per {@link AuditEventType}, each with the
 * typed facts of that event. {@link #details()} turns the facts into the trail's details once, the same way for every
 * event (a component's name is the key; a null component is left out), and the notification table decides from the
 * same record what the owner is told. Facts are never a secret, a code, a token or personal data beyond what the
 * account's own id already says.
 */
public sealed interface SecurityEvent {

    AuditEventType type();

    /** The facts as the trail stores them: component name to text, nulls left out. */
    default Map<String, String> details() {
        return EventDetails.of(this);
    }

    /** The account was opened, by the platform or on first use. */
    record AccountCreated(String riskTier, boolean emailSet) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.ACCOUNT_CREATED;
        }
    }

    /**
     * The profile changed; each component is null when that part did not change.
     *
     * @param email {@code changed}, {@code removed} or {@code from token}, never the address
     * @param riskTier {@code OLD -> NEW}
     */
    record AccountProfileChanged(String email, String riskTier) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.ACCOUNT_PROFILE_CHANGED;
        }
    }

    record EnrollmentStarted(String enrollmentId, String algorithm, int digits, int period) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_ENROLLMENT_STARTED;
        }
    }

    /** The pending enrollment's secret was shown again, as a QR code ({@code format} PNG or SVG). */
    record EnrollmentSecretShown(String enrollmentId, String format) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_SECRET_SHOWN;
        }
    }

    record AuthenticatorConfirmed(String authenticatorId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_CONFIRMED;
        }
    }

    /** @param with how the removal was proved: the code method, or {@link #BY_SECURITY_RESET} */
    record AuthenticatorRemoved(String authenticatorId, String with) implements SecurityEvent {
        public static final String BY_SECURITY_RESET = "SECURITY_RESET";

        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_REMOVED;
        }

        public boolean bySecurityReset() {
            return BY_SECURITY_RESET.equals(with);
        }
    }

    record AuthenticatorFrozen(String authenticatorId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_FROZEN;
        }
    }

    /** The owner lifted a lost-device freeze with the notification's undo token and a right code of the app. */
    record AuthenticatorUnfrozen(String authenticatorId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUTHENTICATOR_UNFROZEN;
        }
    }

    /**
     * A code was refused as one that never was valid (wrong, unknown, or offered with no authenticator). Recorded
     * like a replay or a reused code, so that every refusal does the same work and its latency tells nothing.
     */
    record CodeRefused(String purpose, String reason) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.CODE_REFUSED;
        }
    }

    /** A TOTP code of an already accepted time step came again. */
    record TotpReplayed(String purpose) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.TOTP_REPLAY;
        }
    }

    record AccountLocked(Instant until, int lockLevel) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.ACCOUNT_LOCKED;
        }
    }

    /** Too many TOTP failures since the last right code: TOTP is refused unevaluated until a recovery code or unlock. */
    record TotpBarred(int failuresSinceSuccess) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.TOTP_BARRED;
        }
    }

    /**
     * Every lock lifted. What remained when it was lifted: {@code wasLocked} any lock in force, and the state the
     * unlock cleared.
     */
    record AccountUnlocked(
            String note,
            boolean wasLocked,
            boolean totpWasBarred,
            int failuresSinceSuccess,
            int failuresInLastDay,
            boolean recoveryCodesWereLocked)
            implements SecurityEvent {

        public AuditEventType type() {
            return AuditEventType.ACCOUNT_UNLOCKED;
        }
    }

    /** @param replacedSetId the live set these codes replace, or null for a first set */
    record RecoveryCodesIssued(String setId, int count, String replacedSetId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CODES_ISSUED;
        }

        public boolean replacesASet() {
            return replacedSetId != null;
        }
    }

    record RecoveryCodesRevoked(String setId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CODES_REVOKED;
        }
    }

    record RecoveryCodeUsed(String setId, int remaining) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CODE_USED;
        }
    }

    /** A recovery code the account had, already used or from a replaced set: the printed sheet may have leaked. */
    record RecoveryCodeReused(String purpose) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CODE_REUSE;
        }
    }

    record CaseOpened(String caseId, String reason) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_OPENED;
        }
    }

    /**
     * @param from the status the case left
     * @param with how the owner cancelled, when not through the API ({@code cancel link}); else null
     * @param why why the system cancelled it, when no one asked to; else null
     */
    record CaseCancelled(String caseId, String from, String with, String why) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_CANCELLED;
        }
    }

    /** @param format the file's format ({@code PNG}, {@code PDF}, …); {@code kind} what the document is */
    record EvidenceAdded(String caseId, String evidenceId, String kind, String format, long size, String sha256)
            implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_EVIDENCE_ADDED;
        }
    }

    record EvidenceRead(String caseId, String evidenceId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_EVIDENCE_READ;
        }
    }

    record CaseSubmitted(String caseId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_SUBMITTED;
        }
    }

    /**
     * @param status the case's status after the decision: still {@code SUBMITTED} while a second approval is due
     * @param effectiveAt when the approved reset takes effect; null unless approved
     */
    record CaseDecided(String caseId, String decision, String status, Instant effectiveAt) implements SecurityEvent {
        public static final String APPROVED = "APPROVED";
        public static final String REJECTED = "REJECTED";

        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_DECIDED;
        }
    }

    record ResetApplied(String caseId, Instant sensitiveActionsBlockedUntil, boolean authenticatorRemoved)
            implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_APPLIED;
        }
    }

    record CaseExpired(String caseId) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_EXPIRED;
        }
    }

    /** @param ownershipClaims the case's ownership claims deleted with its evidence files */
    record EvidencePurged(String caseId, int files, int ownershipClaims) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.RECOVERY_CASE_EVIDENCE_PURGED;
        }
    }

    record FlaggedForReview(String finding, String severity) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.ACCOUNT_FLAGGED_FOR_REVIEW;
        }
    }

    /**
     * The compliance job reminded the owner of a finding about their account.
     *
     * @param reminder the name of the notification the finding's type sends
     * @param facts the finding's own facts, recorded beside {@code finding} and {@code reminder}
     */
    record ReminderSent(String finding, String reminder, Map<String, String> facts) implements SecurityEvent {
        public ReminderSent {
            Objects.requireNonNull(reminder, "reminder");
            facts = Map.copyOf(facts);
        }

        public AuditEventType type() {
            return AuditEventType.COMPLIANCE_REMINDER_SENT;
        }
    }

    /** The compliance job sealed the trail's checkpoints for the first time (system chain). */
    record TrailSealed(long checkpoints, long sequenceSum) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUDIT_TRAIL_SEALED;
        }
    }

    /**
     * An auditor accepted the trail's checkpoints as they stand after the seal found them broken (system chain):
     * what the seal said, what the checkpoints add up to now, and why.
     */
    record TrailAccepted(String wasBroken, long checkpointsBefore, long checkpoints, long sequenceSum, String note)
            implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUDIT_TRAIL_ACCEPTED;
        }
    }

    /**
     * A compliance run that stopped or failed was given up, so that the next start begins a new run instead of
     * restarting it (system chain): by an auditor with a note, or by the job's own rule after it failed
     * {@code failures} times in a row.
     *
     * @param status the run's status when it was abandoned ({@code STOPPED} or {@code FAILED})
     * @param failures how many of its executions in a row failed
     */
    record AuditRunAbandoned(long runId, String status, Instant since, Instant until, int failures, String note)
            implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUDIT_RUN_ABANDONED;
        }
    }

    /**
     * A free text holding a wallet recovery phrase was refused; the text itself is never recorded.
     *
     * @param field the field it was sent in
     */
    record SecretPhraseRefused(String field) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.SECRET_PHRASE_REFUSED;
        }
    }

    /**
     * Support cleared the account's review: sensitive actions are no longer held for it.
     *
     * @param reason the finding type the account was flagged for, or {@code none}
     */
    record ReviewCleared(String reason, String note) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.REVIEW_CLEARED;
        }
    }

    /** A fresh code authorized one sensitive action, named by the platform, for five minutes. */
    record SensitiveActionAuthorized(String authorizationId, String action) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.SENSITIVE_ACTION_AUTHORIZED;
        }
    }

    /**
     * A step-up was refused because sensitive actions are held; its code was not evaluated.
     *
     * @param reasons the gate's reason codes, comma-separated
     */
    record SensitiveActionHeld(String action, String reasons) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.SENSITIVE_ACTION_HELD;
        }
    }

    /** An auditor exported the trail (system chain): the format and the filter, each part null when not given. */
    record TrailExported(String format, String since, String until, String eventType, String accountId)
            implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.AUDIT_LOG_EXPORTED;
        }
    }

    /**
     * The owner offered an ownership claim on a case; what it says is sealed with the case, never recorded here.
     *
     * @param status {@code PENDING} when the platform's verifier will be asked, {@code UNVERIFIED} when there is none
     */
    record OwnershipClaimAdded(String caseId, String claimId, String kind, String status) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.OWNERSHIP_CLAIM_ADDED;
        }
    }

    /** The platform's verifier answered for a claim: {@code MATCHED} or {@code NOT_MATCHED}. */
    record OwnershipClaimChecked(String caseId, String claimId, String status) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.OWNERSHIP_CLAIM_CHECKED;
        }
    }

    /** Support opened the ownership claims of a case (what each one says), reading the case. */
    record OwnershipClaimsRead(String caseId, int claims) implements SecurityEvent {
        public AuditEventType type() {
            return AuditEventType.OWNERSHIP_CLAIMS_READ;
        }
    }
}
