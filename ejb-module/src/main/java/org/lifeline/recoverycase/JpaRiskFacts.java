package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.lifeline.account.AccountId;
import org.lifeline.attempt.AttemptOutcome;

/** Each fact one indexed read: evidence by its SHA-256, attempts by account, outcome and time. */
@ApplicationScoped
public class JpaRiskFacts implements RiskFacts {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public boolean sharesEvidenceWithAnotherAccount(String caseId, AccountId account) {
        return !em.createQuery(
                        "select other.id from Evidence mine, Evidence other, RecoveryCase otherCase"
                                + " where mine.caseId = :caseId and other.sha256 = mine.sha256"
                                + " and otherCase.id = other.caseId and otherCase.accountId <> :accountId",
                        String.class)
                .setParameter("caseId", caseId)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public boolean codeAcceptedSince(AccountId account, Instant since) {
        return !em.createQuery(
                        "select a.id from VerificationAttempt a where a.accountId = :accountId"
                                + " and a.outcome = :success and a.attemptedAt > :since",
                        Long.class)
                .setParameter("accountId", account.value())
                .setParameter("success", AttemptOutcome.SUCCESS)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
