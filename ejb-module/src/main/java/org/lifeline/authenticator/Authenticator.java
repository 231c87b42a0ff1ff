package org.lifeline.authenticator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.lifeline.account.AccountId;
import org.lifeline.account.EmailAddress;
import org.lifeline.crypto.Totp;
import org.lifeline.crypto.TotpAlgorithm;
import org.lifeline.shared.ConflictException;

/**
 * A TOTP authenticator of one account (at most one per account). The secret is stored sealed; the last accepted
 * time step is kept so that no code is accepted twice.
 */
@Entity
@Table(name = "authenticator")
@NamedQuery(
        name = "Authenticator.findByAccount",
        query = "select a from Authenticator a where a.accountId = :accountId")
// Native SQL: Hibernate translated the JPQL form anew on every execution, half of this update's CPU under load (JFR).
// The query space keeps the auto-flush of dirty authenticators that the JPQL update had.
@NamedNativeQuery(
        name = "Authenticator.acceptStep",
        query =
                "UPDATE authenticator SET last_used_step = ?1"
                        + " WHERE id = ?2 AND status IN ('ACTIVE', 'FROZEN') AND (last_used_step IS NULL OR last_used_step < ?1)",
        hints = @QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "authenticator"))
public class Authenticator {

    /** The longest label an owner may choose; a default label (the contact address) may be longer. */
    public static final int MAX_LABEL_LENGTH = 64;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private AuthenticatorStatus status;

    @Column(name = "secret", length = 255, nullable = false, updatable = false)
    private String sealedSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "algorithm", length = 8, nullable = false, updatable = false)
    private TotpAlgorithm algorithm;

    @Column(name = "digits", nullable = false, updatable = false)
    private int digits;

    @Column(name = "period_seconds", nullable = false, updatable = false)
    private int periodSeconds;

    @Column(name = "label", length = EmailAddress.MAX_LENGTH, nullable = false, updatable = false)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "last_used_step")
    private Long lastUsedStep;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Authenticator() {}

    private Authenticator(String id, AccountId account, Totp totp, String label, Instant now, Duration pendingFor) {
        this.id = id;
        this.accountId = account.value();
        this.status = AuthenticatorStatus.PENDING;
        this.algorithm = totp.algorithm();
        this.digits = totp.digits();
        this.periodSeconds = totp.periodSeconds();
        this.label = label;
        this.createdAt = now;
        this.expiresAt = now.plus(pendingFor);
    }

    /** A pending authenticator with a fresh id; its secret is sealed against that id by {@link #sealWith}. */
    static Authenticator pending(AccountId account, Totp totp, String label, Instant now, Duration pendingFor) {
        return new Authenticator(UUID.randomUUID().toString(), account, totp, label, now, pendingFor);
    }

    void sealWith(String sealed) {
        this.sealedSecret = sealed;
    }

    /** What binds the sealed secret to this authenticator: a secret moved to another row does not open. */
    String secretContext() {
        return "authenticator:" + accountId + ":" + id;
    }

    /** The status as the owner sees it: an enrollment past its expiry is no authenticator at all. */
    public AuthenticatorStatus statusAt(Instant now) {
        return isExpiredAt(now) ? AuthenticatorStatus.NONE : status;
    }

    boolean isExpiredAt(Instant now) {
        return status == AuthenticatorStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** The first code was right: from now on this authenticator protects the account. */
    void activate(long step, Instant now) {
        if (status != AuthenticatorStatus.PENDING) {
            throw new ConflictException("the authenticator is not waiting for confirmation");
        }
        status = AuthenticatorStatus.ACTIVE;
        activatedAt = now;
        expiresAt = null;
        lastUsedStep = step;
    }

    /** The device is lost: refuse its codes. True when this changed anything. */
    boolean freeze(Instant now) {
        if (status == AuthenticatorStatus.FROZEN) {
            return false;
        }
        if (status != AuthenticatorStatus.ACTIVE) {
            throw new ConflictException("only an active authenticator can be frozen");
        }
        status = AuthenticatorStatus.FROZEN;
        frozenAt = now;
        return true;
    }

    /**
     * The owner lifted the freeze with the undo token and a right code of the app, of {@code step} (already accepted
     * by the conditional update, recorded here too so that this entity's flush does not write an older step back).
     */
    void unfreeze(long step) {
        if (status != AuthenticatorStatus.FROZEN) {
            throw new ConflictException("only a frozen authenticator can be unfrozen");
        }
        status = AuthenticatorStatus.ACTIVE;
        frozenAt = null;
        lastUsedStep = step;
    }

    public Totp totp() {
        return new Totp(algorithm, digits, periodSeconds);
    }

    public String id() {
        return id;
    }

    public AccountId accountId() {
        return AccountId.of(accountId);
    }

    public AuthenticatorStatus status() {
        return status;
    }

    String sealedSecret() {
        return sealedSecret;
    }

    public String label() {
        return label;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public Long lastUsedStep() {
        return lastUsedStep;
    }
}
