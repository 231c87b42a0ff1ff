package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCancelTokenRepository implements CancelTokenRepository {

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Override
    public void add(CancelToken token) {
        em.persist(token);
    }

    /** One conditional update, so that two uses of one token racing end with one winner. */
    @Override
    public Optional<String> use(List<String> digests, Instant now) {
        int used = em.createNamedQuery("CancelToken.use")
                .setParameter("digests", digests)
                .setParameter("now", now)
                .executeUpdate();
        return used == 1
                ? Optional.of(em.createNamedQuery("CancelToken.caseOf", String.class)
                        .setParameter("digests", digests)
                        .getSingleResult())
                : Optional.empty();
    }
}
