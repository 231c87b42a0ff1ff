package org.lifeline.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<String> dueIds(Instant now, int limit) {
        return em.createNamedQuery("Notification.findDue", String.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Notification lock(String id) {
        return em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public OutboxBacklog backlog() {
        Object[] row =
                em.createNamedQuery("Notification.backlog", Object[].class).getSingleResult();
        return new OutboxBacklog(((Number) row[0]).longValue(), (Instant) row[1]);
    }
}
