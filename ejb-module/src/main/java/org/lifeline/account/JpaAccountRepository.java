package org.lifeline.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public Account find(AccountId id) {
        return em.find(Account.class, id.value());
    }

    @Override
    public Account lock(AccountId id) {
        return em.find(Account.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Account relock(Account read) {
        em.refresh(read, LockModeType.PESSIMISTIC_WRITE);
        return read;
    }

    @Override
    public void addNow(Account account) {
        em.persist(account);
        em.flush();
    }
}
