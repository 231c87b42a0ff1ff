package org.lifeline.recoverycode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.lifeline.account.AccountId;

@ApplicationScoped
public class JpaRecoveryCodeRepository implements RecoveryCodeRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public RecoveryCodeSet findLiveSet(AccountId account) {
        return em
                .createNamedQuery("RecoveryCodeSet.findLive", RecoveryCodeSet.class)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public void addSet(RecoveryCodeSet set) {
        em.persist(set);
    }

    @Override
    public void addCode(RecoveryCode code) {
        em.persist(code);
    }

    @Override
    public boolean consume(RecoveryCodeSet set, String digest, Instant now) {
        return em.createNamedQuery("RecoveryCode.consume")
                        .setParameter(1, now)
                        .setParameter(2, digest)
                        .setParameter(3, set.id())
                        .executeUpdate()
                == 1;
    }

    @Override
    public RecoveryCode findByDigest(String digest) {
        return em
                .createNamedQuery("RecoveryCode.findByDigest", RecoveryCode.class)
                .setParameter("digest", digest)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }
}
