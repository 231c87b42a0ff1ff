package org.lifeline.recoverycase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing the owner remembers of the account's ledger, offered as proof of ownership on a case. What was claimed
 * ({@link ClaimedTransaction}) is stored sealed, bound to this claim of this case; the kind and the platform's answer
 * are plain. A {@code PENDING} claim is also its own outbox row: {@link #nextCheckAt} says when the verifier is asked
 * (again), and each failed try waits longer.
 */
@Entity
@Table(name = "recovery_case_ownership_claim")
@NamedQuery(
        name = "OwnershipClaim.findByCase",
        query = "select c from OwnershipClaim c where c.caseId = :caseId order by c.createdAt, c.id")
@NamedQuery(
        name = "OwnershipClaim.countByCase",
        query = "select count(c) from OwnershipClaim c where c.caseId = :caseId")
@NamedQuery(
        name = "OwnershipClaim.findDueCases",
        query = "select c.caseId, min(c.nextCheckAt) from OwnershipClaim c"
                + " where c.status = org.lifeline.recoverycase.OwnershipClaimStatus.PENDING and c.nextCheckAt <= :now"
                + " group by c.caseId order by min(c.nextCheckAt)")
@NamedQuery(
        name = "OwnershipClaim.findDueOfCase",
        query = "select c from OwnershipClaim c where c.caseId = :caseId"
                + " and c.status = org.lifeline.recoverycase.OwnershipClaimStatus.PENDING and c.nextCheckAt <= :now"
                + " order by c.createdAt, c.id")
@NamedQuery(
        name = "OwnershipClaim.findCasesClosedBefore",
        query = "select distinct c.caseId from OwnershipClaim c, RecoveryCase rc"
                + " where rc.id = c.caseId and rc.closedAt < :cutoff")
@NamedQuery(name = "OwnershipClaim.deleteOfCase", query = "delete from OwnershipClaim c where c.caseId = :caseId")
public class OwnershipClaim {

    public static final int MAX_ERROR_LENGTH = 255;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false, updatable = false)
    private OwnershipClaimKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private OwnershipClaimStatus status;

    /** The {@link ClaimedTransaction}, sealed (SecretBox) under the context {@link #sealContext()}. */
    @Column(name = "claimed", length = 2048, nullable = false, updatable = false)
    private String claimed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "check_attempts", nullable = false)
    private int checkAttempts;

    /** When the verifier is asked next; null once answered, or when there is no verifier. */
    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "last_check_error", length = MAX_ERROR_LENGTH)
    private String lastCheckError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OwnershipClaim() {}

    /** A claim to be sealed and stored: {@code PENDING} and due at once when a verifier is there, else unverified. */
    OwnershipClaim(String caseId, OwnershipClaimKind kind, boolean verifierConfigured, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.kind = kind;
        this.createdAt = now;
        this.status = verifierConfigured ? OwnershipClaimStatus.PENDING : OwnershipClaimStatus.UNVERIFIED;
        this.nextCheckAt = verifierConfigured ? now : null;
    }

    void seal(String sealed) {
        this.claimed = sealed;
    }

    /** What binds the sealed claim to this claim of this case. */
    String sealContext() {
        return "ownership-claim:" + caseId + ":" + id;
    }

    /** The platform answered; a claim answered once is never asked about again. */
    void answered(boolean matched, Instant now) {
        status = matched ? OwnershipClaimStatus.MATCHED : OwnershipClaimStatus.NOT_MATCHED;
        checkedAt = now;
        checkAttempts++;
        nextCheckAt = null;
        lastCheckError = null;
    }

    /** A try that got no answer: the claim stays {@code PENDING} and is asked about again after {@code wait}. */
    void unanswered(String error, Instant now, Duration wait) {
        checkAttempts++;
        lastCheckError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        nextCheckAt = now.plus(wait);
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public OwnershipClaimKind kind() {
        return kind;
    }

    public OwnershipClaimStatus status() {
        return status;
    }

    String claimed() {
        return claimed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public int checkAttempts() {
        return checkAttempts;
    }
}
