package org.lifeline.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

@ApplicationScoped
public class JpaFiledReportRepository implements FiledReportRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public FiledReport find(long jobInstanceId) {
        return em.find(FiledReport.class, jobInstanceId);
    }

    @Override
    public void add(FiledReport report) {
        em.persist(report);
    }

    @Override
    public Instant lastWindowEnd() {
        return em.createNamedQuery("FiledReport.lastWindowEnd", Instant.class).getSingleResult();
    }
}
