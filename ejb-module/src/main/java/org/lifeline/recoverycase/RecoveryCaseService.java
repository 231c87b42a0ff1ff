package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.account.AccountId;
import org.lifeline.account.ContactAddress;
import org.lifeline.audit.Actor;

/** Security resets from the owner's side: opening, evidence, submitting, reading and cancelling a case. */
@Local
public interface RecoveryCaseService {

    /** Opens a case; conflict when the account already has an open one. */
    CaseView open(
            AccountId account,
            @NotNull(message = "is required: LOST_DEVICE, STOLEN_DEVICE, DEVICE_RESET or OTHER") CaseReason reason,
            @NotBlank(message = "is required: what happened, in a few words")
                    @Size(max = RecoveryCase.MAX_DESCRIPTION_LENGTH, message = "must be at most {max} characters")
                    String description,
            @NotBlank(message = "is required: where support can reach you") @ContactAddress String contactEmail,
            Actor actor);

    /** The owner's case; not found for a case of another account, exactly as for none. */
    CaseView ownCase(AccountId account, String caseId);

    /** The owner withdraws the case. */
    CaseView cancel(AccountId account, String caseId, Actor actor);

    /**
     * Cancels a case with the single-use token from a notification, without signing in. An unknown, used or expired
     * token, or a case past cancelling, is simply not found: the answer tells nothing.
     */
    CaseView cancelWithToken(String token);

    /** The account's open case, or null. */
    CaseView openCaseOf(AccountId account);

    /** Whether the account has an open case: one read, no view built (the sensitive-action gate asks it). */
    boolean hasOpenCase(AccountId account);

    /**
     * The owner just proved a factor (a right TOTP or recovery code): an approved case still waiting to take effect
     * is cancelled, since whoever asked for the reset was evidently not the owner, or no longer needs it. Runs in the
     * caller's transaction.
     */
    void cancelWaitingOnFactorUse(AccountId account, Actor actor);

    /**
     * Adds an evidence file to the owner's case while it awaits evidence: PNG, JPEG, PDF or MP4 by its bytes
     * (unsupported content otherwise), at most the size limit (too large otherwise) and ten files a case. The file
     * is streamed, sealed, into the database as it arrives; the upload's kind is required
     * ({@link #KIND_REQUIRED} refused as the field {@code kind} otherwise), before or after the file.
     */
    EvidenceView addEvidence(AccountId account, String caseId, @NotNull EvidenceUpload upload, Actor actor);

    /** What a missing evidence kind is refused with. */
    String KIND_REQUIRED = "is required: ID_DOCUMENT, SELFIE, VIDEO_STATEMENT or OTHER";

    /**
     * Adds an ownership claim to the owner's case, before any decision on it (conflict after one, and past the
     * case's limit of claims): what it says is screened for a recovery phrase, sealed, and asked of the platform's
     * verifier when there is one ({@code PENDING}; {@code UNVERIFIED} otherwise).
     */
    OwnershipClaimReceipt addOwnershipClaim(
            AccountId account,
            String caseId,
            @NotNull(message = "is required: TRANSACTION_ID, DEPOSIT or WITHDRAWAL_ADDRESS") OwnershipClaimKind kind,
            @NotNull ClaimedTransaction claimed,
            Actor actor);

    /** Hands the case to support; it needs at least one evidence file. */
    CaseView submit(AccountId account, String caseId, Actor actor);
}
