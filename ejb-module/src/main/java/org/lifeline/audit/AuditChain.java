package org.lifeline.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The head of one hash chain: the sequence number and hash of its newest entry. Appending locks this row only, so
 * writers of different accounts never wait for each other, and a deleted tail is detectable against it.
 */
@Entity
@Table(name = "audit_chain")
@NamedQuery(name = "AuditChain.findAfter", query = "select c from AuditChain c where c.id > :after order by c.id")
public class AuditChain {

    /** The chain of events that belong to no account. The tilde keeps it apart from every account id. */
    public static final String SYSTEM_CHAIN = "~system";

    @Id
    @Column(name = "id", length = 140)
    private String id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected AuditChain() {}

    AuditChain(String id) {
        this.id = id;
        this.lastSequence = 0;
        this.lastHash = ChainHash.GENESIS;
    }

    /** Seals the next entry of this chain and moves the head to it. */
    AuditEvent append(AuditEventDraft draft) {
        AuditEvent event = new AuditEvent(id, lastSequence + 1, draft, lastHash);
        lastSequence = event.sequence();
        lastHash = event.hash();
        return event;
    }

    public String id() {
        return id;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public String lastHash() {
        return lastHash;
    }

    public ChainHead head() {
        return new ChainHead(id, lastSequence, lastHash);
    }
}
