package org.lifeline.recoverycode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.lifeline.account.AccountId;
import org.lifeline.shared.JdbcBatch;

@ApplicationScoped
public class JpaRecoveryCodeRepository implements RecoveryCodeRepository {

    static final String INSERT_CODE = "INSERT INTO recovery_code (set_id, digest, key_id) VALUES (?, ?, ?)";

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

    /**
     * One JDBC batch instead of a round trip a code (the id is the database's, so Hibernate cannot batch them); the
     * set is written first, for the codes' foreign key.
     */
    @Override
    public void addCodes(List<RecoveryCode> codes) {
        em.flush();
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT_CODE, codes, (insert, code) -> {
                    insert.setString(1, code.setId());
                    insert.setString(2, code.digest());
                    insert.setString(3, code.keyId());
                }));
    }

    @Override
    public boolean consume(RecoveryCodeSet set, List<String> digests, Instant now) {
        return em.createNamedQuery("RecoveryCode.consume")
                        .setParameter(1, now)
                        .setParameter(2, digests)
                        .setParameter(3, set.id())
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean hadDigest(List<String> digests) {
        return !em.createNamedQuery("RecoveryCode.idByDigest")
                .setParameter("digests", digests)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
