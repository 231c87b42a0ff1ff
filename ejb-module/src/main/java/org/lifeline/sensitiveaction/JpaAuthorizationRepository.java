package org.lifeline.sensitiveaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAuthorizationRepository implements AuthorizationRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void add(AuthorizationRecord granted) {
        em.persist(granted);
    }
}
