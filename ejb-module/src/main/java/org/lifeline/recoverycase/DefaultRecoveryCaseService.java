package org.lifeline.recoverycase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.lifeline.account.Account;
import org.lifeline.account.AccountId;
import org.lifeline.account.AccountRepository;
import org.lifeline.audit.Actor;
import org.lifeline.audit.SecurityEvent.CaseCancelled;
import org.lifeline.audit.SecurityEvent.CaseOpened;
import org.lifeline.audit.SecurityEvent.CaseSubmitted;
import org.lifeline.audit.SecurityEvent.EvidenceAdded;
import org.lifeline.audit.SecurityEvent.EvidencePurged;
import org.lifeline.audit.SecurityEvent.OwnershipClaimAdded;
import org.lifeline.audit.SecurityEvents;
import org.lifeline.secretphrase.SecretPhraseGuard;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidRequestException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.TooLargeException;

@Stateless
public class DefaultRecoveryCaseService implements RecoveryCaseService {

    /** Why a waiting reset was cancelled without anyone asking, as the trail and the owner read it. */
    static final String FACTOR_USED = "a factor was used: your authenticator app or a recovery code";

    @Inject
    RecoveryCaseSettings settings;

    @Inject
    RecoveryCaseRepository cases;

    @Inject
    AccountRepository accounts;

    @EJB
    SecurityEvents events;

    @Inject
    Clock clock;

    @Inject
    EvidenceRepository evidence;

    @Inject
    CaseCancelLinks cancelLinks;

    @Inject
    EvidenceIntake intake;

    @Inject
    SecretPhraseGuard phrases;

    @Inject
    CaseViews views;

    @Inject
    OwnershipClaimRepository claims;

    @Inject
    Instance<OwnershipVerifier> verifier;

    @Override
    public CaseView open(AccountId account, CaseReason reason, String description, String contactEmail, Actor actor) {
        phrases.screen("description", description, account, actor);
        if (accounts.lock(account) == null) {
            throw new NotFoundException("no such account");
        }
        RecoveryCase open = cases.findOpen(account);
        if (open != null) {
            throw new ConflictException("the account already has an open recovery case (" + open.status() + ")");
        }
        Instant now = clock.instant();
        allowanceUsed(account, now).checkRoomForCase(settings, now);
        RecoveryCase opened = new RecoveryCase(
                account, reason, description.strip(), contactEmail, now, settings.unattendedExpiry(), actor.role());
        cases.addNow(opened);
        events.record(account.value(), actor, new CaseOpened(opened.id(), reason.name()));
        return view(opened);
    }

    @Override
    public CaseView ownCase(AccountId account, String caseId) {
        return view(owned(account, caseId));
    }

    @Override
    public CaseView cancel(AccountId account, String caseId, Actor actor) {
        accounts.lock(account);
        RecoveryCase recoveryCase = owned(account, caseId);
        CaseStatus before = recoveryCase.status();
        recoveryCase.cancel(clock.instant(), actor.role());
        events.record(account.value(), actor, new CaseCancelled(recoveryCase.id(), before.name(), null, null));
        purgeUndecided(recoveryCase, before);
        return view(recoveryCase);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void cancelWaitingOnFactorUse(AccountId account, Actor actor) {
        // the guard has locked and read the account: this reads no row, and most accounts have no reset waiting
        Account holder = accounts.find(account);
        if (holder == null || !holder.resetMayBeWaiting()) {
            return;
        }
        RecoveryCase open = cases.findOpen(account);
        Instant now = clock.instant();
        if (open == null || open.status() != CaseStatus.APPROVED) {
            holder.noResetWaiting();
            return;
        }
        if (!open.isWaitingAt(now)) {
            return;
        }
        open.cancel(now, actor.role());
        holder.noResetWaiting();
        events.record(
                account.value(), actor, new CaseCancelled(open.id(), CaseStatus.APPROVED.name(), null, FACTOR_USED));
    }

    @Override
    public CaseView cancelWithToken(String token) {
        String caseId = cancelLinks.use(token).orElseThrow(() -> new NotFoundException("no such cancel token"));
        AccountId account = cases.accountOf(caseId);
        accounts.lock(account);
        RecoveryCase recoveryCase = cases.find(caseId);
        Instant now = clock.instant();
        if (!recoveryCase.isCancellableAt(now)) {
            throw new NotFoundException("no such cancel token");
        }
        Actor owner = new Actor(account.value(), "user");
        CaseStatus before = recoveryCase.status();
        recoveryCase.cancel(now, owner.role());
        events.record(account.value(), owner, new CaseCancelled(caseId, before.name(), "cancel link", null));
        purgeUndecided(recoveryCase, before);
        return view(recoveryCase);
    }

    @Override
    public CaseView openCaseOf(AccountId account) {
        RecoveryCase open = cases.findOpen(account);
        return open == null ? null : view(open);
    }

    @Override
    public boolean hasOpenCase(AccountId account) {
        return cases.findOpen(account) != null;
    }

    @Override
    public EvidenceView addEvidence(AccountId account, String caseId, EvidenceUpload upload, Actor actor) {
        accounts.lock(account);
        RecoveryCase recoveryCase = owned(account, caseId);
        if (recoveryCase.status() != CaseStatus.AWAITING_EVIDENCE) {
            throw new ConflictException(
                    "evidence is only added while the case awaits it; it is " + recoveryCase.status());
        }
        if (evidence.countOfCase(caseId) >= settings.evidenceMaxFiles()) {
            throw new TooLargeException("a case takes at most " + settings.evidenceMaxFiles() + " evidence files");
        }
        Instant now = clock.instant();
        long room = allowanceUsed(account, now).evidenceRoom(settings, now);
        Evidence added = intake.take(caseId, upload, room);
        recoveryCase.evidenceAdded(added.size());
        events.record(
                account.value(),
                actor,
                new EvidenceAdded(
                        caseId, added.id(), added.kind().name(), added.format().name(), added.size(), added.sha256()));
        return EvidenceView.of(added);
    }

    @Override
    public CaseView submit(AccountId account, String caseId, Actor actor) {
        accounts.lock(account);
        RecoveryCase recoveryCase = owned(account, caseId);
        if (recoveryCase.status() == CaseStatus.AWAITING_EVIDENCE && evidence.countOfCase(caseId) == 0) {
            throw new ConflictException("add at least one evidence file before submitting the case");
        }
        recoveryCase.moveTo(CaseStatus.SUBMITTED, clock.instant(), actor.role());
        events.record(account.value(), actor, new CaseSubmitted(caseId));
        return view(recoveryCase);
    }

    @Override
    public OwnershipClaimReceipt addOwnershipClaim(
            AccountId account, String caseId, OwnershipClaimKind kind, ClaimedTransaction claimed, Actor actor) {
        phrases.screen("reference", claimed.reference(), account, actor);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (claimed.occurredOn() != null && claimed.occurredOn().isAfter(today.plusDays(1))) {
            throw InvalidRequestException.ofField("occurredOn", "must not be in the future");
        }
        accounts.lock(account);
        RecoveryCase recoveryCase = owned(account, caseId);
        CaseStatus status = recoveryCase.status();
        boolean undecided = (status == CaseStatus.AWAITING_EVIDENCE || status == CaseStatus.SUBMITTED)
                && recoveryCase.decisions().isEmpty();
        if (!undecided) {
            throw new ConflictException("ownership claims are only added before the case is decided; it is "
                    + recoveryCase.status() + (recoveryCase.decisions().isEmpty() ? "" : " with a decision"));
        }
        if (claims.countOfCase(caseId) >= settings.maxOwnershipClaims()) {
            throw new ConflictException("a case takes at most " + settings.maxOwnershipClaims() + " ownership claims");
        }
        boolean checked = !verifier.isUnsatisfied() && verifier.get().configured();
        OwnershipClaim claim = new OwnershipClaim(caseId, kind, checked, now);
        views.seal(claim, claimed);
        claims.add(claim);
        events.record(
                account.value(),
                actor,
                new OwnershipClaimAdded(
                        caseId, claim.id(), kind.name(), claim.status().name()));
        return OwnershipClaimReceipt.of(claim);
    }

    private CaseAllowance allowanceUsed(AccountId account, Instant now) {
        return cases.allowanceUsedSince(account, now.minus(settings.quotaPeriod()));
    }

    /**
     * A case withdrawn before anyone decided it keeps nothing: its evidence and ownership claims go at once (the allowance still counts
     * it). A withdrawn approved reset keeps its evidence for the retention period: an owner who cancels an approved
     * reset may be stopping an impostor, whose evidence is what an investigation needs.
     */
    private void purgeUndecided(RecoveryCase recoveryCase, CaseStatus before) {
        if (before != CaseStatus.AWAITING_EVIDENCE && before != CaseStatus.SUBMITTED) {
            return;
        }
        int files = evidence.deleteOfCase(recoveryCase.id());
        int claimsDeleted = claims.deleteOfCase(recoveryCase.id());
        if (files > 0 || claimsDeleted > 0) {
            events.record(
                    recoveryCase.accountId().value(),
                    Actor.SYSTEM,
                    new EvidencePurged(recoveryCase.id(), files, claimsDeleted));
        }
    }

    private CaseView view(RecoveryCase recoveryCase) {
        return views.forOwner(recoveryCase);
    }

    /** The case if it is this account's; another account's case is not found, exactly like one that never was. */
    private RecoveryCase owned(AccountId account, String caseId) {
        RecoveryCase recoveryCase = cases.find(caseId);
        if (recoveryCase == null || !recoveryCase.accountId().equals(account)) {
            throw new NotFoundException("no such recovery case");
        }
        return recoveryCase;
    }
}
