package org.lifeline.authenticator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFreezeUndoTokenRepository implements FreezeUndoTokenRepository {

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Override
    public void add(FreezeUndoToken token) {
        em.persist(token);
    }

    @Override
    public Optional<FreezeUndoToken> findLive(List<String> digests, Instant now) {
        return em
                .createNamedQuery("FreezeUndoToken.findLive", FreezeUndoToken.class)
                .setParameter("digests", digests)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** One conditional update, so that two uses of one token racing end with one winner. */
    @Override
    public boolean use(List<String> digests, Instant now) {
        return em.createNamedQuery("FreezeUndoToken.use")
                        .setParameter("digests", digests)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }
}
