package org.lifeline.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public Account find(AccountId id) {
        return em.find(Account.class, id.value());
    }

    @Override
    public Map<AccountId, Account> findAll(Collection<AccountId> ids) {
        Map<AccountId, Account> found = new HashMap<>();
        // accounts this transaction already holds are taken from it; the rest are read with one IN query
        for (Account account : em.unwrap(Session.class)
                .byMultipleIds(Account.class)
                .multiLoad(ids.stream().map(AccountId::value).toList())) {
            if (account != null) {
                found.put(account.id(), account);
            }
        }
        return found;
    }

    @Override
    public Account lock(AccountId id) {
        return em.find(Account.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Account> lockAll(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids order by a.id", Account.class)
                .setParameter("ids", ids.stream().map(AccountId::value).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
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
