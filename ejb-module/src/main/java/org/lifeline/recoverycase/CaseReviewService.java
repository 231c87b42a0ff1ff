package org.lifeline.recoverycase;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.audit.Actor;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

/** Security resets from support's side: listing and reading cases, reading evidence, deciding. */
@Local
public interface CaseReviewService {

    /**
     * For support: a decision on a submitted case. Two approvals by two agents for a {@code HIGH} account; an agent
     * decides a case once and never on their own account.
     */
    CaseView decide(
            String caseId,
            @NotNull(message = "is required: APPROVE or REJECT") Decision decision,
            @Size(max = CaseDecision.MAX_NOTE_LENGTH, message = "must be at most {max} characters") String note,
            Actor agent);

    /** For support: an evidence file to read, with the read audited (committed before any byte is sent). */
    EvidenceFile readEvidence(String caseId, String evidenceId, Actor actor);

    /**
     * One part of a file {@link #readEvidence} opened, decrypted and checked (in its own short transaction): a sealed
     * segment of at most 256 KiB, or the whole of a file stored before segments. Fails for a part altered, moved or cut
     * off.
     */
    byte[] evidencePart(EvidenceFile file, int part);

    /**
     * For support: cases of one status or (null) all, newest first or (a queue) oldest first; claims by kind and
     * status only.
     */
    Page<CaseView> list(CaseStatus status, boolean oldestFirst, PageRequest page);

    /**
     * For support: any case, with what its ownership claims say opened; when it has claims, the read is audited
     * ({@code OWNERSHIP_CLAIMS_READ}).
     */
    CaseView get(String caseId, Actor reader);
}
