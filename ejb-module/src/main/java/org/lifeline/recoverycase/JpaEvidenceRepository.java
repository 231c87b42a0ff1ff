package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/**
 * Evidence metadata through JPA, evidence segments through JDBC on the same connection and transaction (native SQL:
 * one row per sealed segment of at most 256 KiB, so neither the driver nor the server holds a whole file).
 */
@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
        em.flush();
    }

    @Override
    public void addSegment(String evidenceId, int segment, byte[] sealed) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO recovery_case_evidence_segment (evidence_id, segment_no, content) VALUES (?, ?, ?)")) {
                insert.setString(1, evidenceId);
                insert.setInt(2, segment);
                insert.setBytes(3, sealed);
                insert.executeUpdate();
            }
        });
    }

    @Override
    public byte[] segment(String evidenceId, int segment) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT content FROM recovery_case_evidence_segment WHERE evidence_id = ? AND segment_no = ?")) {
                select.setString(1, evidenceId);
                select.setInt(2, segment);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                }
            }
        });
    }

    @Override
    public List<Evidence> ofCase(String caseId) {
        return em.createNamedQuery("Evidence.findByCase", Evidence.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    @Override
    public long countOfCase(String caseId) {
        return em.createNamedQuery("Evidence.countByCase", Long.class)
                .setParameter("caseId", caseId)
                .getSingleResult();
    }

    @Override
    public Evidence find(String id) {
        return id == null || id.length() > 36 ? null : em.find(Evidence.class, id);
    }

    @Override
    public <T> T readSealed(Evidence evidence, SealedReader<T> reader) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT content FROM recovery_case_evidence WHERE id = ?")) {
                select.setString(1, evidence.id());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("evidence " + evidence.id() + " has no row");
                    }
                    try (InputStream sealed = row.getBinaryStream(1)) {
                        return reader.read(sealed);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        });
    }

    @Override
    public List<String> casesClosedBefore(Instant cutoff, int limit) {
        return em.createNamedQuery("Evidence.findCasesClosedBefore", String.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int deleteOfCase(String caseId) {
        return em.createNamedQuery("Evidence.deleteOfCase")
                .setParameter("caseId", caseId)
                .executeUpdate();
    }
}
