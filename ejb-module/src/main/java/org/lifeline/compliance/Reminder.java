package org.lifeline.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.lifeline.account.AccountId;

/** A reminder the compliance job sent: one per account, kind and occasion, never a second. */
@Entity
@Table(name = "audit_reminder")
@IdClass(Reminder.Key.class)
public class Reminder {

    @Id
    @Column(name = "account_id", length = AccountId.MAX_LENGTH)
    private String accountId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "reminder", length = 40)
    private FindingType reminder;

    @Id
    @Column(name = "occasion", length = 80)
    private String occasion;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Reminder() {}

    Reminder(String accountId, FindingType reminder, String occasion, Instant sentAt) {
        this.accountId = accountId;
        this.reminder = reminder;
        this.occasion = occasion;
        this.sentAt = sentAt;
    }

    String accountId() {
        return accountId;
    }

    FindingType reminder() {
        return reminder;
    }

    String occasion() {
        return occasion;
    }

    Instant sentAt() {
        return sentAt;
    }

    /** The composite key. */
    public record Key(String accountId, FindingType reminder, String occasion) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }
}
