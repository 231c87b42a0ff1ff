package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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
    public Optional<String> use(String digest, Instant now) {
        int used = em.createNamedQuery("CancelToken.use")
                .setParameter("digest", digest)
                .setParameter("now", now)
                .executeUpdate();
        return used == 1 ? Optional.of(em.find(CancelToken.class, digest).caseId()) : Optional.empty();
    }
}
