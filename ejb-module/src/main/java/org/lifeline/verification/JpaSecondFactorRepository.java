package org.lifeline.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lifeline.account.AccountId;
import org.lifeline.authenticator.Authenticator;
import org.lifeline.recoverycode.RecoveryCodeSet;
import org.lifeline.recoverycode.RecoveryCodeState;

@ApplicationScoped
class JpaSecondFactorRepository implements SecondFactorRepository {

    /**
     * An account has at most one authenticator (a unique key) and one live set; the set is joined to the
     * authenticator, so an account with codes but no authenticator reads as having neither (its TOTP code is
     * refused without the codes' state).
     */
    static final String AUTHENTICATOR_WITH_LIVE_SET = "select a, s from Authenticator a"
            + " left join RecoveryCodeSet s on s.accountId = a.accountId and s.revokedAt is null"
            + " where a.accountId = :accountId";

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public SecondFactors of(AccountId account) {
        List<Object[]> rows = em.createQuery(AUTHENTICATOR_WITH_LIVE_SET, Object[].class)
                .setParameter("accountId", account.value())
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return new SecondFactors(null, RecoveryCodeState.NONE);
        }
        Object[] row = rows.get(0);
        return new SecondFactors((Authenticator) row[0], RecoveryCodeState.of((RecoveryCodeSet) row[1]));
    }
}
