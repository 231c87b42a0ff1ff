package org.lifeline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sealed entry of the audit trail. Append-only: nothing in the application updates or deletes it. */
@Entity
@Table(name = "audit_event")
@NamedQuery(
        name = "AuditEvent.findByAccount",
        query = "select e from AuditEvent e where e.accountId = :accountId order by e.sequence desc")
@NamedQuery(
        name = "AuditEvent.countByAccount",
        query = "select count(e) from AuditEvent e where e.accountId = :accountId")
@NamedQuery(
        name = "AuditEvent.findInChainsAfter",
        query = "select e from AuditEvent e where e.chainId > :chainId"
                + " or (e.chainId = :chainId and e.sequence > :sequence) order by e.chainId, e.sequence")
@NamedQuery(
        name = "AuditEvent.findInChainAfter",
        query = "select e from AuditEvent e where e.chainId = :chainId"
                + " and e.sequence > :sequence and e.sequence <= :upTo order by e.sequence")
@NamedQuery(
        name = "AuditEvent.findAt",
        query = "select e from AuditEvent e where e.chainId = :chainId" + " and e.sequence = :sequence")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "chain_id", length = 140, nullable = false, updatable = false)
    private String chainId;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "account_id", length = 128, updatable = false)
    private String accountId;

    /** Kept as text, not mapped as an enum, so a row tampered with to an unknown type still loads and fails its hash. */
    @Column(name = "event_type", length = 64, nullable = false, updatable = false)
    private String type;

    @Column(name = "actor_subject", length = Actor.MAX_SUBJECT_LENGTH, nullable = false, updatable = false)
    private String actorSubject;

    @Column(name = "actor_role", length = 16, nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "details", length = AuditEventDraft.MAX_DETAILS_LENGTH, nullable = false, updatable = false)
    private String details;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String hash;

    protected AuditEvent() {}

    AuditEvent(String chainId, long sequence, AuditEventDraft draft, String previousHash) {
        this.chainId = chainId;
        this.sequence = sequence;
        this.accountId = draft.accountId();
        this.type = draft.type().name();
        this.actorSubject = draft.actor().subject();
        this.actorRole = draft.actor().role();
        this.occurredAt = draft.occurredAt();
        this.details = draft.details();
        this.previousHash = previousHash;
        this.hash = recomputeHash();
    }

    /** The hash this entry's stored content and predecessor give now; differs from {@link #hash()} if altered. */
    String recomputeHash() {
        return ChainHash.of(
                previousHash, chainId, sequence, accountId, occurredAt, type, actorSubject, actorRole, details);
    }

    public Long id() {
        return id;
    }

    public String chainId() {
        return chainId;
    }

    public long sequence() {
        return sequence;
    }

    public String accountId() {
        return accountId;
    }

    public String type() {
        return type;
    }

    public String actorSubject() {
        return actorSubject;
    }

    public String actorRole() {
        return actorRole;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String details() {
        return details;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
