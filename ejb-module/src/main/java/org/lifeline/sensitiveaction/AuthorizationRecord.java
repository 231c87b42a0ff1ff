package org.lifeline.sensitiveaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A granted authorization, kept for the record (the trail holds its event too). */
@Entity
@Table(name = "sensitive_action_authorization")
public class AuthorizationRecord {

    /** How long an authorization is good for. */
    static final Duration VALIDITY = Duration.ofMinutes(5);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = 128, nullable = false, updatable = false)
    private String accountId;

    @Column(name = "action", length = SensitiveActionService.MAX_ACTION_LENGTH, nullable = false, updatable = false)
    private String action;

    @Column(name = "authorized_at", nullable = false, updatable = false)
    private Instant authorizedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected AuthorizationRecord() {}

    AuthorizationRecord(String accountId, String action, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.accountId = accountId;
        this.action = action;
        this.authorizedAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    Authorization view() {
        return new Authorization(id, action, authorizedAt, expiresAt);
    }
}
