package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.util.List;
import org.lifeline.attempt.AttemptOutcome;
import org.lifeline.attempt.CodeMethod;
import org.lifeline.attempt.FailureReason;

/**
 * Native SQL: a tally is an {@code INSERT ... SELECT ... GROUP BY} the database runs in one pass, into a table of its
 * own ({@code audit_attempt_tally}) that has no entity, and JPQL reaches only entities. Parameters 1 and 2 of a tally are
 * the window's bounds.
 */
@ApplicationScoped
public class JpaAttemptHistory implements AttemptHistory {

    static final String COMPLETE = "~tallied";

    private static final String INSERT =
            "INSERT INTO audit_attempt_tally (detector, subject, first_count, second_count) ";
    private static final String IN_WINDOW = " a.attempted_at >= ?1 AND a.attempted_at < ?2";
    private static final String REFUSED =
            " a.outcome IN ('" + AttemptOutcome.FAILURE.name() + "', '" + AttemptOutcome.LOCKED.name() + "')";

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public boolean isTallied(AuditWindow window) {
        return ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM audit_attempt_tally WHERE detector = ?1 AND subject = ?2")
                                .setParameter(1, COMPLETE)
                                .setParameter(2, key(window))
                                .getSingleResult())
                        .longValue()
                > 0;
    }

    @Override
    public void clearTallies() {
        em.createNativeQuery("DELETE FROM audit_attempt_tally").executeUpdate();
    }

    @Override
    public void markTallied(AuditWindow window) {
        em.createNativeQuery(INSERT + "VALUES (?1, ?2, 0, 0)")
                .setParameter(1, COMPLETE)
                .setParameter(2, key(window))
                .executeUpdate();
    }

    @Override
    public void tallyRefusalsByAccount(FindingType detector, AuditWindow window, long min) {
        tally(
                        detector,
                        window,
                        "SELECT '" + detector.name() + "', a.account_id, COUNT(*), 0 FROM verification_attempt a WHERE"
                                + IN_WINDOW + " AND" + REFUSED + " GROUP BY a.account_id HAVING COUNT(*) >= ?3")
                .setParameter(3, min)
                .executeUpdate();
    }

    @Override
    public void tallyRefusalsByAddress(FindingType detector, AuditWindow window, long min) {
        tally(
                        detector,
                        window,
                        "SELECT '" + detector.name() + "', a.client_address, COUNT(DISTINCT a.account_id), COUNT(*)"
                                + " FROM verification_attempt a WHERE" + IN_WINDOW + " AND" + REFUSED
                                + " AND a.client_address IS NOT NULL GROUP BY a.client_address"
                                + " HAVING COUNT(DISTINCT a.account_id) >= ?3")
                .setParameter(3, min)
                .executeUpdate();
    }

    @Override
    public void tallyRefusalsFor(FindingType detector, FailureReason reason, AuditWindow window) {
        tally(
                        detector,
                        window,
                        "SELECT '" + detector.name() + "', a.account_id, COUNT(*), 0 FROM verification_attempt a WHERE"
                                + IN_WINDOW + " AND a.reason = ?3 GROUP BY a.account_id")
                .setParameter(3, reason.name())
                .executeUpdate();
    }

    @Override
    public void tallyRecoveryCodesWhileTotpInUse(FindingType detector, AuditWindow window, Duration recency) {
        // The TOTP code must come first: earlier, or at the same instant and written before.
        tally(
                        detector,
                        window,
                        "SELECT '" + detector.name() + "', a.account_id, COUNT(*), 0 FROM verification_attempt a WHERE"
                                + IN_WINDOW + " AND a.method = ?3 AND a.outcome = ?5 AND EXISTS (SELECT 1 FROM"
                                + " verification_attempt t WHERE t.account_id = a.account_id AND t.outcome = ?5"
                                + " AND t.method = ?4 AND t.attempted_at <= a.attempted_at"
                                + " AND TIMESTAMPADD(MICROSECOND, ?6, t.attempted_at) >= a.attempted_at"
                                + " AND (t.attempted_at < a.attempted_at OR t.id < a.id)) GROUP BY a.account_id")
                .setParameter(3, CodeMethod.RECOVERY_CODE.name())
                .setParameter(4, CodeMethod.TOTP.name())
                .setParameter(5, AttemptOutcome.SUCCESS.name())
                .setParameter(6, recency.toNanos() / 1_000)
                .executeUpdate();
    }

    @Override
    public void tallySharedEvidence(FindingType detector, AuditWindow window) {
        tally(
                        detector,
                        window,
                        "SELECT '" + detector.name() + "', c.account_id, COUNT(DISTINCT c2.account_id), 0"
                                + " FROM recovery_case_evidence e JOIN recovery_case c ON c.id = e.case_id"
                                + " JOIN recovery_case_evidence e2 ON e2.sha256 = e.sha256"
                                + " JOIN recovery_case c2 ON c2.id = e2.case_id"
                                + " WHERE c2.account_id <> c.account_id AND ((e.uploaded_at >= ?1 AND e.uploaded_at < ?2)"
                                + " OR (e2.uploaded_at >= ?1 AND e2.uploaded_at < ?2)) GROUP BY c.account_id")
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Tally> tallied(FindingType detector, String after, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT subject, first_count, second_count FROM audit_attempt_tally"
                        + " WHERE detector = ?1 AND subject > ?2 ORDER BY subject")
                .setParameter(1, detector.name())
                .setParameter(2, after)
                .setMaxResults(size)
                .getResultList();
        return rows.stream()
                .map(row -> new Tally((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    private Query tally(FindingType detector, AuditWindow window, String select) {
        // The detector's name is an enum constant's: safe to write into the statement, where H2 would not type a
        // parameter of the select list.
        return em.createNativeQuery(INSERT + select)
                .setParameter(1, window.since())
                .setParameter(2, window.until());
    }

    private static String key(AuditWindow window) {
        return window.since() + "/" + window.until();
    }
}
