package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lifeline.lockout.AttemptOutcome;
import org.lifeline.lockout.CodeMethod;
import org.lifeline.lockout.FailureReason;

@Stateless
public class DefaultAttemptAudit implements AttemptAudit {

    private static final String IN_WINDOW = " a.attemptedAt >= :since and a.attemptedAt < :until";
    private static final List<AttemptOutcome> REFUSED = List.of(AttemptOutcome.FAILURE, AttemptOutcome.LOCKED);

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Override
    public List<FindingDraft> page(FindingType detector, AuditWindow window, AttemptThresholds thresholds,
            String after, int size) {
        return switch (detector) {
            case BRUTE_FORCE -> bruteForce(window, thresholds, after, size);
            case SPRAYING -> spraying(window, thresholds, after, size);
            case TOTP_REPLAY -> byReason(FailureReason.REPLAY, detector, "replays", window, after, size);
            case RECOVERY_CODE_REUSE -> byReason(FailureReason.RECOVERY_CODE_REUSE, detector, "reusedCodes", window,
                    after, size);
            case RECOVERY_CODE_WHILE_TOTP_IN_USE -> recoveryWhileTotpInUse(window, thresholds, after, size);
            case SHARED_EVIDENCE -> sharedEvidence(window, after, size);
            default -> throw new IllegalArgumentException(detector + " is not an attempt detector");
        };
    }

    private List<FindingDraft> bruteForce(AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Object[] row : windowed("select a.accountId, count(a) from VerificationAttempt a where" + IN_WINDOW
                + " and a.outcome in :refused and a.accountId > :after group by a.accountId"
                + " having count(a) >= :min order by a.accountId", window, after, size)
                .setParameter("refused", REFUSED).setParameter("min", (long) thresholds.bruteForceRefusals())
                .getResultList()) {
            long refused = (Long) row[1];
            FindingDraft draft = FindingDraft.ofAccount(FindingType.BRUTE_FORCE, (String) row[0],
                    Map.of("refused", String.valueOf(refused)));
            drafts.add(refused >= 5L * thresholds.bruteForceRefusals() ? draft.withSeverity(Severity.HIGH) : draft);
        }
        return drafts;
    }

    private List<FindingDraft> spraying(AuditWindow window, AttemptThresholds thresholds, String after, int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Object[] row : windowed("select a.clientAddress, count(distinct a.accountId), count(a)"
                + " from VerificationAttempt a where" + IN_WINDOW + " and a.outcome in :refused"
                + " and a.clientAddress is not null and a.clientAddress > :after group by a.clientAddress"
                + " having count(distinct a.accountId) >= :min order by a.clientAddress", window, after, size)
                .setParameter("refused", REFUSED).setParameter("min", (long) thresholds.sprayingAccounts())
                .getResultList()) {
            String address = (String) row[0];
            drafts.add(new FindingDraft(FindingType.SPRAYING, address, null, FindingType.SPRAYING.severity(),
                    Map.of("clientAddress", address, "accounts", row[1].toString(), "refused", row[2].toString()),
                    null));
        }
        return drafts;
    }

    private List<FindingDraft> byReason(FailureReason reason, FindingType type, String countName, AuditWindow window,
            String after, int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Object[] row : windowed("select a.accountId, count(a) from VerificationAttempt a where" + IN_WINDOW
                + " and a.reason = :reason and a.accountId > :after group by a.accountId order by a.accountId",
                window, after, size).setParameter("reason", reason).getResultList()) {
            drafts.add(FindingDraft.ofAccount(type, (String) row[0], Map.of(countName, row[1].toString())));
        }
        return drafts;
    }

    /**
     * Accounts that signed in with a recovery code shortly after their authenticator app gave a right code: the
     * phone was not lost, so who used the sheet?
     */
    private List<FindingDraft> recoveryWhileTotpInUse(AuditWindow window, AttemptThresholds thresholds, String after,
            int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        String candidates = "select a.accountId from VerificationAttempt a where" + IN_WINDOW
                + " and a.method = :recovery and a.outcome = :success and a.accountId > :after"
                + " group by a.accountId order by a.accountId";
        String last = after;
        while (drafts.size() < size) {
            List<String> page = em.createQuery(candidates, String.class).setParameter("since", window.since())
                    .setParameter("until", window.until()).setParameter("after", last).setMaxResults(size)
                    .setParameter("recovery", CodeMethod.RECOVERY_CODE).setParameter("success", AttemptOutcome.SUCCESS)
                    .getResultList();
            for (String account : page) {
                long uses = usesAfterRecentTotp(account, window, thresholds);
                if (uses > 0) {
                    drafts.add(FindingDraft.ofAccount(FindingType.RECOVERY_CODE_WHILE_TOTP_IN_USE, account,
                            Map.of("recoveryCodeUses", String.valueOf(uses),
                                    "totpRecencyMinutes", String.valueOf(thresholds.totpRecency().toMinutes()))));
                }
                last = account;
            }
            if (page.size() < size) {
                break;
            }
        }
        return drafts;
    }

    private long usesAfterRecentTotp(String account, AuditWindow window, AttemptThresholds thresholds) {
        List<Object[]> successes = em.createQuery("select a.method, a.attemptedAt from VerificationAttempt a"
                + " where a.accountId = :account and a.outcome = :success and a.attemptedAt >= :from"
                + " and a.attemptedAt < :until order by a.attemptedAt, a.id", Object[].class)
                .setParameter("account", account).setParameter("success", AttemptOutcome.SUCCESS)
                .setParameter("from", window.since().minus(thresholds.totpRecency()))
                .setParameter("until", window.until()).getResultList();
        Instant lastTotp = null;
        long uses = 0;
        for (Object[] success : successes) {
            Instant at = (Instant) success[1];
            if (success[0] == CodeMethod.TOTP) {
                lastTotp = at;
            } else if (!at.isBefore(window.since()) && lastTotp != null
                    && !at.isAfter(lastTotp.plus(thresholds.totpRecency()))) {
                uses++;
            }
        }
        return uses;
    }

    private List<FindingDraft> sharedEvidence(AuditWindow window, String after, int size) {
        List<FindingDraft> drafts = new ArrayList<>();
        for (Object[] row : em.createQuery("select c.accountId, count(distinct c2.accountId)"
                + " from Evidence e, RecoveryCase c, Evidence e2, RecoveryCase c2"
                + " where e.caseId = c.id and e2.caseId = c2.id and e2.sha256 = e.sha256"
                + " and c2.accountId <> c.accountId and c.accountId > :after"
                + " and ((e.uploadedAt >= :since and e.uploadedAt < :until)"
                + " or (e2.uploadedAt >= :since and e2.uploadedAt < :until))"
                + " group by c.accountId order by c.accountId", Object[].class)
                .setParameter("since", window.since()).setParameter("until", window.until())
                .setParameter("after", after).setMaxResults(size).getResultList()) {
            drafts.add(FindingDraft.ofAccount(FindingType.SHARED_EVIDENCE, (String) row[0],
                    Map.of("otherAccounts", row[1].toString())));
        }
        return drafts;
    }

    private TypedQuery<Object[]> windowed(String jpql, AuditWindow window, String after, int size) {
        return em.createQuery(jpql, Object[].class).setParameter("since", window.since())
                .setParameter("until", window.until()).setParameter("after", after).setMaxResults(size);
    }
}
