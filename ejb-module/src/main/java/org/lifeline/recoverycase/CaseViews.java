package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.account.Account;
import org.lifeline.account.AccountRepository;
import org.lifeline.crypto.SecretBox;

/**
 * Builds the views of a case: the owner's (claims by kind and status only), support's summary in a list (the same,
 * with the risk signals and the account's risk tier) and support's view of one case (the claims opened, with the risk signals; the caller records
 * the read). Runs in the caller's transaction.
 */
@ApplicationScoped
public class CaseViews {

    @Inject
    EvidenceRepository evidence;

    @Inject
    OwnershipClaimRepository claims;

    @Inject
    AccountRepository accounts;

    @Inject
    RiskFacts facts;

    @Inject
    SecretBox secrets;

    @Inject
    RecoveryCaseSettings settings;

    CaseView forOwner(RecoveryCase recoveryCase) {
        return CaseView.of(
                recoveryCase,
                evidence.ofCase(recoveryCase.id()),
                claimsOf(recoveryCase).stream().map(OwnershipClaimView::of).toList(),
                null,
                null);
    }

    CaseView forSupportList(RecoveryCase recoveryCase) {
        List<OwnershipClaim> held = claimsOf(recoveryCase);
        Account owner = accounts.find(recoveryCase.accountId());
        return CaseView.of(
                recoveryCase,
                evidence.ofCase(recoveryCase.id()),
                held.stream().map(OwnershipClaimView::of).toList(),
                riskSignals(recoveryCase, owner, held),
                owner == null ? null : owner.riskTier());
    }

    /** Support's view of one case, with what each claim says opened: the caller records that it was read. */
    CaseView forSupport(RecoveryCase recoveryCase) {
        List<OwnershipClaim> held = claimsOf(recoveryCase);
        Account owner = accounts.find(recoveryCase.accountId());
        return CaseView.of(
                recoveryCase,
                evidence.ofCase(recoveryCase.id()),
                held.stream()
                        .map(claim -> OwnershipClaimView.of(claim, opened(claim)))
                        .toList(),
                riskSignals(recoveryCase, owner, held),
                owner == null ? null : owner.riskTier());
    }

    /** What the claim says, unsealed; only for support's view of one case and for the platform's verifier. */
    ClaimedTransaction opened(OwnershipClaim claim) {
        return ClaimedTransaction.fromJson(
                new String(secrets.open(claim.claimed(), claim.sealContext()), StandardCharsets.UTF_8));
    }

    /** Seals what the claim says into it. */
    void seal(OwnershipClaim claim, ClaimedTransaction claimed) {
        claim.seal(secrets.seal(
                claimed.toJson().build().toString().getBytes(StandardCharsets.UTF_8), claim.sealContext()));
    }

    List<OwnershipClaim> claimsOf(RecoveryCase recoveryCase) {
        return claims.ofCase(recoveryCase.id());
    }

    List<RiskSignal> riskSignals(RecoveryCase recoveryCase, Account owner, List<OwnershipClaim> held) {
        List<RiskSignal> signals = new ArrayList<>();
        if (held.stream().noneMatch(c -> c.status() == OwnershipClaimStatus.MATCHED)) {
            signals.add(RiskSignal.NO_OWNERSHIP_PROOF);
        }
        if (held.stream().anyMatch(c -> c.status() == OwnershipClaimStatus.NOT_MATCHED)) {
            signals.add(RiskSignal.OWNERSHIP_CLAIM_MISMATCH);
        }
        if (facts.sharesEvidenceWithAnotherAccount(recoveryCase.id(), recoveryCase.accountId())) {
            signals.add(RiskSignal.SHARED_EVIDENCE);
        }
        Instant since = recoveryCase.createdAt().minus(settings.factorUseWindow());
        if (facts.codeAcceptedSince(recoveryCase.accountId(), since)) {
            signals.add(RiskSignal.FACTOR_USED_RECENTLY);
        }
        if (owner != null && owner.reviewFlaggedAt() != null) {
            signals.add(RiskSignal.ACCOUNT_UNDER_REVIEW);
        }
        return signals;
    }
}
