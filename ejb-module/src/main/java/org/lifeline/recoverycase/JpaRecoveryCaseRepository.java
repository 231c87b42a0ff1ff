package org.lifeline.recoverycase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lifeline.account.AccountId;

@ApplicationScoped
public class JpaRecoveryCaseRepository implements RecoveryCaseRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public RecoveryCase find(String id) {
        return id == null || id.length() > 36 ? null : em.find(RecoveryCase.class, id);
    }

    @Override
    public RecoveryCase findOpen(AccountId account) {
        return em.createNamedQuery("RecoveryCase.findOpen", RecoveryCase.class)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    @Override
    public void addNow(RecoveryCase recoveryCase) {
        em.persist(recoveryCase);
        em.flush();
    }
}
