package org.lifeline.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lifeline.audit.SecurityEvent.AccountProfileChanged;
import org.lifeline.shared.InvalidRequestException;

/** An account Lifeline protects. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "id", length = AccountId.MAX_LENGTH)
    private String id;

    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_tier", length = 16, nullable = false)
    private RiskTier riskTier;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "sensitive_actions_blocked_until")
    private Instant sensitiveActionsBlockedUntil;

    @Column(name = "review_flagged_at")
    private Instant reviewFlaggedAt;

    @Column(name = "review_reason", length = 40)
    private String reviewReason;

    /**
     * An approved security reset may be waiting to take effect: only then does a right code look for it to cancel
     * it. Set on approval; cleared when the look finds none, so a stale flag costs one query, never a missed cancel.
     */
    @Column(name = "reset_may_be_waiting", nullable = false)
    private boolean resetMayBeWaiting;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {}

    public Account(AccountId id, String email, RiskTier riskTier, Instant now) {
        this.id = id.value();
        this.email = checkedEmail(email);
        this.riskTier = Objects.requireNonNull(riskTier, "riskTier");
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Sets the contact address and risk tier, and says what changed (names and, for the tier, old and new value;
     * never the address itself) for the audit trail. Empty when nothing changed.
     */
    public Optional<AccountProfileChanged> changeProfile(String newEmail, RiskTier newTier, Instant now) {
        String emailChange = null;
        String tierChange = null;
        String checked = checkedEmail(newEmail);
        if (!Objects.equals(email, checked)) {
            email = checked;
            emailChange = checked == null ? "removed" : "changed";
        }
        if (riskTier != Objects.requireNonNull(newTier, "riskTier")) {
            tierChange = riskTier + " -> " + newTier;
            riskTier = newTier;
        }
        if (emailChange == null && tierChange == null) {
            return Optional.empty();
        }
        updatedAt = now;
        return Optional.of(new AccountProfileChanged(emailChange, tierChange));
    }

    /** Takes a contact address from a token when the platform has not set one; true when it was taken. */
    public boolean adoptEmailIfMissing(String tokenEmail, Instant now) {
        if (email != null || !EmailAddress.isValid(tokenEmail)) {
            return false;
        }
        email = tokenEmail;
        updatedAt = now;
        return true;
    }

    /** After a security reset: sensitive actions wait until {@code until} (a later hold never shortens). */
    public void holdSensitiveActionsUntil(Instant until) {
        if (sensitiveActionsBlockedUntil == null || until.isAfter(sensitiveActionsBlockedUntil)) {
            sensitiveActionsBlockedUntil = until;
        }
    }

    /** The hold in force at {@code now}, or null. */
    public Instant sensitiveActionsBlockedAt(Instant now) {
        return sensitiveActionsBlockedUntil != null && sensitiveActionsBlockedUntil.isAfter(now)
                ? sensitiveActionsBlockedUntil
                : null;
    }

    /** A reset of this account was approved and waits to take effect. */
    public void resetApproved() {
        resetMayBeWaiting = true;
    }

    /** No approved reset waits any more (cancelled, applied, or none found). */
    public void noResetWaiting() {
        resetMayBeWaiting = false;
    }

    public boolean resetMayBeWaiting() {
        return resetMayBeWaiting;
    }

    /**
     * Flags the account for a security review, for the reason given (a finding type). False when it is already
     * flagged for that reason: the flag, its event and its notification happen once.
     */
    public boolean flagForReview(String reason, Instant now) {
        if (reviewFlaggedAt != null && reason.equals(reviewReason)) {
            return false;
        }
        reviewFlaggedAt = now;
        reviewReason = reason;
        updatedAt = now;
        return true;
    }

    /** Support cleared the review; the reason it was flagged for, or null when it was not flagged. */
    public String clearReview(Instant now) {
        String cleared = reviewFlaggedAt == null ? null : reviewReason;
        if (cleared != null) {
            reviewFlaggedAt = null;
            reviewReason = null;
            updatedAt = now;
        }
        return cleared;
    }

    /** When the account was flagged for review, or null. */
    public Instant reviewFlaggedAt() {
        return reviewFlaggedAt;
    }

    public String reviewReason() {
        return reviewReason;
    }

    private static String checkedEmail(String address) {
        if (address == null) {
            return null;
        }
        if (!EmailAddress.isValid(address)) {
            throw new InvalidRequestException("email must be an address such as name@example.org");
        }
        return address;
    }

    public AccountId id() {
        return AccountId.of(id);
    }

    public String email() {
        return email;
    }

    public RiskTier riskTier() {
        return riskTier;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
