package org.lifeline.attempt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.account.AccountId;

/** One offered code and what became of it; never the code itself. Read by the compliance job. */
@Entity
@Table(name = "verification_attempt")
@NamedQuery(
        name = "VerificationAttempt.failuresSince",
        query = "select a.attemptedAt from VerificationAttempt a"
                + " where a.accountId = :accountId and a.outcome = org.lifeline.attempt.AttemptOutcome.FAILURE"
                + " and a.method = org.lifeline.attempt.CodeMethod.TOTP"
                + " and a.attemptedAt > :since order by a.attemptedAt desc")
@NamedQuery(
        name = "VerificationAttempt.countFailuresSince",
        query = "select count(a) from VerificationAttempt a"
                + " where a.accountId = :accountId and a.outcome = org.lifeline.attempt.AttemptOutcome.FAILURE"
                + " and a.method = org.lifeline.attempt.CodeMethod.TOTP and a.attemptedAt > :since")
@NamedQuery(
        name = "VerificationAttempt.idsBefore",
        query = "select a.id from VerificationAttempt a where a.attemptedAt < :cutoff order by a.id")
@NamedQuery(name = "VerificationAttempt.deleteIds", query = "delete from VerificationAttempt a where a.id in :ids")
public class VerificationAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 16, nullable = false, updatable = false)
    private CodeMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 32, nullable = false, updatable = false)
    private AttemptPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16, nullable = false, updatable = false)
    private AttemptOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 32, updatable = false)
    private FailureReason reason;

    @Column(name = "client_address", length = ClientInfo.MAX_LENGTH, updatable = false)
    private String clientAddress;

    @Column(name = "user_agent", length = ClientInfo.MAX_LENGTH, updatable = false)
    private String userAgent;

    /** The platform that relayed the end user's address, when it did; null when the client called itself. */
    @Column(name = "relay_address", length = ClientInfo.MAX_LENGTH, updatable = false)
    private String relayAddress;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected VerificationAttempt() {}

    public VerificationAttempt(Attempt attempt, AttemptOutcome outcome, FailureReason reason, Instant at) {
        this.accountId = attempt.account().value();
        this.method = attempt.method();
        this.purpose = attempt.purpose();
        this.outcome = outcome;
        this.reason = reason;
        this.clientAddress = attempt.client().address();
        this.userAgent = attempt.client().userAgent();
        this.relayAddress = attempt.client().relayAddress();
        this.attemptedAt = at;
    }

    public String accountId() {
        return accountId;
    }

    public AttemptOutcome outcome() {
        return outcome;
    }

    public FailureReason reason() {
        return reason;
    }
}
