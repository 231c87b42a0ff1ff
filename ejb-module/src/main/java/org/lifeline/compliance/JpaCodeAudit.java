package org.lifeline.compliance;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lifeline.authenticator.AuthenticatorStatus;

@Stateless
public class JpaCodeAudit implements CodeAudit {

    // the live set keeps its unused count (as every use updates it): the codes themselves are not read
    private static final String PAGE = "select a.id, au.status, s.id, s.generatedAt, s.lastUsedAt, s.unused"
            + " from Account a left join Authenticator au on au.accountId = a.id"
            + " left join RecoveryCodeSet s on s.accountId = a.id and s.revokedAt is null"
            + " where a.id > :after and a.createdAt < :until";

    @PersistenceContext(unitName = "lifeline")
    EntityManager em;

    @Override
    public List<AccountCodes> page(String after, String upTo, Instant until, int size) {
        String jpql = PAGE + (upTo == null ? "" : " and a.id <= :upTo") + " order by a.id";
        var query = em.createQuery(jpql, Object[].class)
                .setParameter("after", after)
                .setParameter("until", until)
                .setMaxResults(size);
        if (upTo != null) {
            query.setParameter("upTo", upTo);
        }
        return query.getResultStream()
                .map(row -> new AccountCodes(
                        (String) row[0],
                        (AuthenticatorStatus) row[1],
                        (String) row[2],
                        (Instant) row[3],
                        (Instant) row[4],
                        row[5] == null ? 0 : ((Number) row[5]).longValue()))
                .toList();
    }

    @Override
    public List<String> rangeBounds(int parts, Instant until) {
        long total = em.createQuery("select count(a) from Account a where a.createdAt < :until", Long.class)
                .setParameter("until", until)
                .getSingleResult();
        List<String> bounds = new ArrayList<>();
        for (int part = 1; part < parts; part++) {
            int offset = (int) (total * part / parts) - 1;
            if (offset < 0) {
                continue;
            }
            List<String> id = em.createQuery(
                            "select a.id from Account a where a.createdAt < :until order by a.id", String.class)
                    .setParameter("until", until)
                    .setFirstResult(offset)
                    .setMaxResults(1)
                    .getResultList();
            if (!id.isEmpty() && (bounds.isEmpty() || id.get(0).compareTo(bounds.get(bounds.size() - 1)) > 0)) {
                bounds.add(id.get(0));
            }
        }
        return bounds;
    }
}
