package org.lifeline.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.LockOptions;
import org.hibernate.Session;
import org.lifeline.shared.JdbcBatch;
import org.lifeline.shared.JdbcTimes;

@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    // JDBC, not persist: a compliance run puts a notification in the outbox for each of its hundreds of thousands of
    // reminders, and a batch of them goes to the database in bulk (see JdbcBatch)
    private static final String INSERT = "INSERT INTO notification (id, account_id, type, channel, recipient, details,"
            + " status, attempts, next_attempt_at, last_error, created_at, sent_at, version, urgent, event_sequence)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Hibernate's value for the lock timeout hint that asks for {@code SKIP LOCKED}. */
    private static final Map<String, Object> SKIP_LOCKED =
            Map.of("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED);

    @PersistenceContext(unitName = "lifeline")
    private EntityManager em;

    @Override
    public void addAll(List<Notification> notifications) {
        em.unwrap(Session.class)
                .doWork(connection -> JdbcBatch.insert(connection, INSERT, notifications, (insert, each) -> {
                    insert.setString(1, each.id());
                    insert.setString(2, each.accountId().value());
                    insert.setString(3, each.type().name());
                    insert.setString(4, each.channel().name());
                    insert.setString(5, each.recipient());
                    insert.setString(6, each.details());
                    insert.setString(7, each.status().name());
                    insert.setInt(8, each.attempts());
                    insert.setObject(9, JdbcTimes.utc(each.nextAttemptAt()));
                    insert.setString(10, each.lastError());
                    insert.setObject(11, JdbcTimes.utc(each.createdAt()));
                    insert.setObject(12, each.sentAt() == null ? null : JdbcTimes.utc(each.sentAt()));
                    insert.setLong(13, each.version());
                    insert.setBoolean(14, each.urgent());
                    insert.setObject(15, each.eventSequence());
                }));
    }

    @Override
    public List<String> dueIds(boolean urgent, Instant now, int limit) {
        return em.createNamedQuery("Notification.findDue", String.class)
                .setParameter("urgent", urgent)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Notification lock(String id) {
        // MariaDB 10.6+ skips a row another sender holds; on H2 the hint is ignored and the lock waits
        return em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE, SKIP_LOCKED);
    }

    @Override
    public Notification lockWaiting(String id) {
        return em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public OutboxBacklog backlog() {
        Object[] row =
                em.createNamedQuery("Notification.backlog", Object[].class).getSingleResult();
        return new OutboxBacklog(((Number) row[0]).longValue(), (Instant) row[1]);
    }
}
