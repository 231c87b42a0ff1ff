package org.lifeline.lockout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultAttemptRetention implements AttemptRetention {

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lifeline.attempts.retention", defaultValue = "P90D")
    String retention;

    @Override
    public int purgeExpired(int max) {
        List<Long> ids = em.createNamedQuery("VerificationAttempt.idsBefore", Long.class)
                .setParameter("cutoff", clock.instant().minus(Duration.parse(retention)))
                .setMaxResults(max).getResultList();
        return ids.isEmpty() ? 0
                : em.createNamedQuery("VerificationAttempt.deleteIds").setParameter("ids", ids).executeUpdate();
    }
}
