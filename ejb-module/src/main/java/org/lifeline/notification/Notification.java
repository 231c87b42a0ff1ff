package org.lifeline.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.lifeline.account.AccountId;
import org.lifeline.account.EmailAddress;

/**
 * One notification on one channel, in the outbox until delivered. Its details never hold a secret or a code: a
 * notification says that something happened, never how to do it again.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.findDue",
        query = "select n.id from Notification n where n.status = org.lifeline.notification.DeliveryStatus.PENDING"
                + " and n.urgent = :urgent and n.nextAttemptAt <= :now order by n.nextAttemptAt")
@NamedQuery(
        name = "Notification.backlog",
        query = "select count(n), min(n.createdAt) from Notification n"
                + " where n.status = org.lifeline.notification.DeliveryStatus.PENDING")
public class Notification {

    public static final int MAX_ERROR_LENGTH = 255;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 40, nullable = false, updatable = false)
    private NotificationType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16, nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "recipient", length = EmailAddress.MAX_LENGTH, updatable = false)
    private String recipient;

    @Column(name = "details", length = 2000, nullable = false, updatable = false)
    private String details;

    /** Sent by a lane of its own, never behind routine notifications: see {@link NotificationType#urgent()}. */
    @Column(name = "urgent", nullable = false, updatable = false)
    private boolean urgent;

    /** The number, in the account's audit chain, of the event this tells; null for rows written before V21. */
    @Column(name = "event_sequence", updatable = false)
    private Long eventSequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {}

    Notification(Notice notice, Channel channel, String recipient, String details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = notice.account().value();
        this.type = notice.type();
        this.eventSequence = notice.eventSequence();
        this.channel = channel;
        this.recipient = recipient;
        this.details = details;
        this.urgent = notice.type().urgent();
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** One sender owns the next try until then: no other finds it due before (see {@link OutboxClaims}). */
    void claimedUntil(Instant until) {
        nextAttemptAt = until;
    }

    void delivered(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed try: the next one waits twice as long as the last, until the retries run out. */
    void failed(String error, Instant now, RetryPolicy retries) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (attempts >= retries.maxAttempts()) {
            status = DeliveryStatus.GAVE_UP;
        } else {
            nextAttemptAt = now.plus(retries.delayAfter(attempts));
        }
    }

    public String id() {
        return id;
    }

    public AccountId accountId() {
        return AccountId.of(accountId);
    }

    public NotificationType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String details() {
        return details;
    }

    /** The number, in the account's audit chain, of the event this tells; null for a row written before it was kept. */
    public Long eventSequence() {
        return eventSequence;
    }

    public boolean urgent() {
        return urgent;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String lastError() {
        return lastError;
    }

    Instant sentAt() {
        return sentAt;
    }

    long version() {
        return version;
    }
}
