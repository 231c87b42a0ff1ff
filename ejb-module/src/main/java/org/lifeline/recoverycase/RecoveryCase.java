package org.lifeline.recoverycase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lifeline.account.AccountId;
import org.lifeline.account.EmailAddress;
import org.lifeline.audit.Actor;
import org.lifeline.shared.ConflictException;

/**
 * A security-reset case. It alone decides which transition is legal; an illegal one is a conflict, never a silent
 * overwrite. While open it holds the account's one open-case slot ({@code open_slot}, unique), so two concurrent
 * openings cannot both succeed, and the version column makes two concurrent decisions end in one state.
 */
@Entity
@Table(name = "recovery_case")
@NamedQuery(name = "RecoveryCase.findOpen", query = "select c from RecoveryCase c where c.openSlot = :accountId")
@NamedQuery(name = "RecoveryCase.accountOf", query = "select c.accountId from RecoveryCase c where c.id = :id")
@NamedQuery(
        name = "RecoveryCase.accountsOf",
        query = "select distinct c.accountId from RecoveryCase c where c.id in :ids")
@NamedQuery(
        name = "RecoveryCase.findDueIds",
        query = "select c.id from RecoveryCase c where c.status ="
                + " org.lifeline.recoverycase.CaseStatus.APPROVED and c.effectiveAt <= :now order by c.effectiveAt")
@NamedQuery(
        name = "RecoveryCase.findUnattendedIds",
        query = "select c.id from RecoveryCase c where c.id > :after"
                + " and c.status in (org.lifeline.recoverycase.CaseStatus.AWAITING_EVIDENCE,"
                + " org.lifeline.recoverycase.CaseStatus.SUBMITTED) and c.expiresAt <= :now order by c.id")
@NamedQuery(name = "RecoveryCase.findAll", query = "select c from RecoveryCase c order by c.createdAt desc, c.id")
@NamedQuery(name = "RecoveryCase.findAllOldestFirst", query = "select c from RecoveryCase c order by c.createdAt, c.id")
@NamedQuery(name = "RecoveryCase.countAll", query = "select count(c) from RecoveryCase c")
@NamedQuery(
        name = "RecoveryCase.findByStatus",
        query = "select c from RecoveryCase c where c.status = :status order by c.createdAt desc, c.id")
@NamedQuery(
        name = "RecoveryCase.findByStatusOldestFirst",
        query = "select c from RecoveryCase c where c.status = :status order by c.createdAt, c.id")
@NamedQuery(
        name = "RecoveryCase.allowanceUsed",
        query = "select count(c), coalesce(sum(c.evidenceBytes), 0), min(c.createdAt) from RecoveryCase c"
                + " where c.accountId = :accountId and c.createdAt > :since")
@NamedQuery(name = "RecoveryCase.countByStatus", query = "select count(c) from RecoveryCase c where c.status = :status")
public class RecoveryCase {

    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, nullable = false, updatable = false)
    private String accountId;

    /** The account id while the case is open, null once closed: a unique column keeps one open case an account. */
    @Column(name = "open_slot", length = AccountId.MAX_LENGTH)
    private String openSlot;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 24, nullable = false, updatable = false)
    private CaseReason reason;

    @Column(name = "description", length = MAX_DESCRIPTION_LENGTH, nullable = false, updatable = false)
    private String description;

    @Column(name = "contact_email", length = EmailAddress.MAX_LENGTH, nullable = false, updatable = false)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 24, nullable = false)
    private CaseStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When an unattended case expires. */
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When an approved case takes effect, unless the owner cancels first. */
    @Column(name = "effective_at")
    private Instant effectiveAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The evidence bytes the case took in, still counted against the account's allowance once purged. */
    @Column(name = "evidence_bytes", nullable = false)
    private long evidenceBytes;

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "case_id", referencedColumnName = "id", insertable = false, updatable = false)
    @OrderBy("at ASC, id ASC")
    private List<CaseTransition> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "case_id", referencedColumnName = "id", insertable = false, updatable = false)
    @OrderBy("decidedAt ASC, id ASC")
    private List<CaseDecision> decisions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RecoveryCase() {}

    RecoveryCase(
            AccountId account,
            CaseReason reason,
            String description,
            String contactEmail,
            Instant now,
            Duration unattendedFor,
            String actorRole) {
        this.id = UUID.randomUUID().toString();
        this.accountId = account.value();
        this.openSlot = account.value();
        this.reason = reason;
        this.description = description;
        this.contactEmail = contactEmail;
        this.status = CaseStatus.AWAITING_EVIDENCE;
        this.createdAt = now;
        this.expiresAt = now.plus(unattendedFor);
        history.add(new CaseTransition(id, null, status, actorRole, now));
    }

    /** Whether this is an approved reset still waiting to take effect at {@code now}. */
    public boolean isWaitingAt(Instant now) {
        return status == CaseStatus.APPROVED && now.isBefore(effectiveAt);
    }

    /** Whether the owner may still withdraw the case at {@code now}: while open and, once approved, until in effect. */
    public boolean isCancellableAt(Instant now) {
        return status.isOpen() && (status != CaseStatus.APPROVED || isWaitingAt(now));
    }

    /** The owner withdraws the case: legal until it has been applied or otherwise closed. */
    void cancel(Instant now, String actorRole) {
        if (status == CaseStatus.APPROVED && !isWaitingAt(now)) {
            throw new ConflictException("the reset took effect at " + effectiveAt + "; it can no longer be cancelled");
        }
        moveTo(CaseStatus.CANCELLED, now, actorRole);
    }

    /** Moves to {@code target} if the life of a case allows it; a conflict otherwise. */
    void moveTo(CaseStatus target, Instant now, String actorRole) {
        if (!status.mayBecome(target)) {
            throw new ConflictException("a case that is " + status + " cannot become " + target);
        }
        history.add(new CaseTransition(id, status, target, actorRole, now));
        status = target;
        if (!target.isOpen()) {
            openSlot = null;
            closedAt = now;
        }
    }

    /**
     * A support agent decides. A rejection closes the case; an approval counts, and once the case has the approvals
     * its account's risk needs (two, from two agents, for {@code HIGH}), it is approved and takes effect after the
     * waiting period. A person decides once, under whichever of their staff identities. True when this decision
     * changed the status.
     */
    boolean decide(
            Actor agent, Decision decision, String note, int approvalsNeeded, Duration waitingPeriod, Instant now) {
        if (status != CaseStatus.SUBMITTED) {
            throw new ConflictException("only a submitted case is decided; this one is " + status);
        }
        if (decisions.stream().anyMatch(d -> d.madeBy(agent))) {
            throw new ConflictException("you have already decided this case; another agent must");
        }
        decisions.add(new CaseDecision(id, agent, decision, note, now));
        if (decision == Decision.REJECT) {
            moveTo(CaseStatus.REJECTED, now, "support");
            return true;
        }
        long approvals =
                decisions.stream().filter(d -> d.decision() == Decision.APPROVE).count();
        if (approvals < approvalsNeeded) {
            return false;
        }
        moveTo(CaseStatus.APPROVED, now, "support");
        effectiveAt = now.plus(waitingPeriod);
        return true;
    }

    /** The waiting period is over and the reset takes effect; false when it is not (or no longer) due. */
    boolean applyIfDue(Instant now) {
        if (status != CaseStatus.APPROVED || isWaitingAt(now)) {
            return false;
        }
        moveTo(CaseStatus.APPLIED, now, "system");
        return true;
    }

    /** Expires the case if it was left unattended past its deadline; false otherwise. */
    boolean expireIfUnattended(Instant now) {
        if (!isUnattendedPast(now)) {
            return false;
        }
        moveTo(CaseStatus.EXPIRED, now, "system");
        return true;
    }

    /** Counts an evidence file the case took in against the account's allowance. */
    void evidenceAdded(long bytes) {
        evidenceBytes += bytes;
    }

    /** An unattended case past its deadline (awaiting evidence or review) should expire. */
    public boolean isUnattendedPast(Instant now) {
        return (status == CaseStatus.AWAITING_EVIDENCE || status == CaseStatus.SUBMITTED) && !now.isBefore(expiresAt);
    }

    public String id() {
        return id;
    }

    public AccountId accountId() {
        return AccountId.of(accountId);
    }

    public CaseReason reason() {
        return reason;
    }

    public String description() {
        return description;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long evidenceBytes() {
        return evidenceBytes;
    }

    public List<CaseTransition> history() {
        return List.copyOf(history);
    }

    public List<CaseDecision> decisions() {
        return List.copyOf(decisions);
    }
}
