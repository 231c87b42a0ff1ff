package org.lifeline.authenticator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lifeline.account.AccountId;

@ApplicationScoped
public class JpaAuthenticatorRepository implements AuthenticatorRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public Authenticator findByAccount(AccountId account) {
        return em
                .createNamedQuery("Authenticator.findByAccount", Authenticator.class)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public void add(Authenticator authenticator) {
        em.persist(authenticator);
    }

    @Override
    public void remove(Authenticator authenticator) {
        em.remove(authenticator);
        // Written now, so a new enrollment in the same transaction does not meet the old row's unique account.
        em.flush();
    }

    @Override
    public Authenticator find(String id) {
        return em.find(Authenticator.class, id);
    }

    @Override
    public boolean acceptStep(String authenticatorId, long step) {
        return em.createNamedQuery("Authenticator.acceptStep")
                        .setParameter(1, step)
                        .setParameter(2, authenticatorId)
                        .executeUpdate()
                == 1;
    }
}
