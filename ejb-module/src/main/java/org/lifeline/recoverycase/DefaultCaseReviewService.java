package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.account.RiskTier;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.CaseDecided;
import org.lifeline.audit.SecurityEvent.EvidenceRead;
import org.lifeline.audit.SecurityEvent.OwnershipClaimsRead;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.crypto.SecretBox;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.shared.ForbiddenException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.Page;
import org.lifeline.shared.PageRequest;

@Stateless
public class DefaultCaseReviewService implements CaseReviewService {

    @Inject
    SecretPhraseGuard phrases;

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @Inject
    EvidenceRepository evidence;

    @Inject
    SecretBox secrets;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Inject
    CaseViews views;

    @Override
    public Page<CaseView> list(CaseStatus status, boolean oldestFirst, PageRequest page) {
        return Page.of(
                cases.findPage(status, oldestFirst, page.offset(), page.size()).stream()
                        .map(views::forSupportList)
                        .toList(),
                page,
                cases.count(status));
    }

    @Override
    public CaseView get(String caseId, Actor reader) {
        RecoveryCase recoveryCase = cases.find(caseId);
        if (recoveryCase == null) {
            throw new NotFoundException("no such recovery case");
        }
        CaseView view = views.forSupport(recoveryCase);
        if (!view.ownershipClaims().isEmpty()) {
            events.record(
                    recoveryCase.accountId().value(),
                    reader,
                    new OwnershipClaimsRead(caseId, view.ownershipClaims().size()));
        }
        return view;
    }

    @Override
    public CaseView decide(String caseId, Decision decision, String note, Actor agent) {
        AccountId account = cases.accountOf(caseId);
        if (account == null) {
            throw new NotFoundException("no such recovery case");
        }
        phrases.screen("note", note, account, agent);
        if (agent.holds(account.value())) {
            throw new ForbiddenException("an agent never decides a case on their own account");
        }
        // The account's row serialises decisions, the owner's cancel and the reset itself: one final state. The case
        // is read only after the lock, so its state is the latest.
        Account owner = accounts.lock(account);
        RecoveryCase recoveryCase = cases.find(caseId);
        boolean high = owner.riskTier() == RiskTier.HIGH;
        Instant now = clock.instant();
        recoveryCase.decide(agent, decision, note, high ? 2 : 1, settings.waitingPeriod(high), now);
        if (recoveryCase.status() == CaseStatus.APPROVED) {
            owner.resetApproved();
        }
        events.record(
                account.value(),
                agent,
                new CaseDecided(caseId, decision.name(), recoveryCase.status().name(), recoveryCase.effectiveAt()));
        return view(recoveryCase);
    }

    @Override
    public EvidenceFile readEvidence(String caseId, String evidenceId, Actor actor) {
        Evidence file = evidence.find(evidenceId);
        RecoveryCase recoveryCase = cases.find(caseId);
        if (file == null || recoveryCase == null || !file.caseId().equals(caseId)) {
            throw new NotFoundException("no such evidence");
        }
        events.record(recoveryCase.accountId().value(), actor, new EvidenceRead(caseId, evidenceId));
        return new EvidenceFile(
                caseId,
                evidenceId,
                file.format().mediaType(),
                file.sha256(),
                file.size(),
                Math.max(1, file.segments()));
    }

    @Override
    public byte[] evidencePart(EvidenceFile opened, int part) {
        Evidence file = evidence.find(opened.evidenceId());
        if (file == null || !file.caseId().equals(opened.caseId()) || part < 0 || part >= opened.parts()) {
            throw new NotFoundException("no such evidence");
        }
        if (file.segments() == 0) {
            return evidence.readSealed(file, stored -> secrets.openStream(file.keyId(), stored, file.sealContext()));
        }
        byte[] sealed = evidence.segment(file.id(), part);
        if (sealed == null) {
            throw new IllegalStateException("segment " + part + " of evidence " + file.id() + " is gone");
        }
        return secrets.openSegment(file.keyId(), sealed, file.sealContext(), part, part == file.segments() - 1);
    }

    private CaseView view(RecoveryCase recoveryCase) {
        return views.forSupportList(recoveryCase);
    }
}
