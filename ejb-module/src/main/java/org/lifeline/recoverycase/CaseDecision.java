package org.lifeline.recoverycase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lifeline.audit.Actor;

/**
 * One agent's decision on a case; a person decides a case once (unique case and agent, and never a second decision by
 * another staff identity of the same customer account).
 */
@Entity
@Table(name = "recovery_case_decision")
public class CaseDecision {

    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Column(name = "agent", length = 255, nullable = false, updatable = false)
    private String agent;

    /** The customer account of the person who decided; null only on decisions made before it was kept. */
    @Column(name = "agent_account", length = 255, updatable = false)
    private String agentAccount;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 8, nullable = false, updatable = false)
    private Decision decision;

    @Column(name = "note", length = MAX_NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected CaseDecision() {}

    CaseDecision(String caseId, Actor agent, Decision decision, String note, Instant now) {
        this.caseId = caseId;
        this.agent = agent.subject();
        this.agentAccount = agent.account();
        this.decision = decision;
        this.note = note;
        this.decidedAt = now;
    }

    public String agent() {
        return agent;
    }

    /** Whether {@code other} made this decision: the same staff identity, or another one of the same person. */
    boolean madeBy(Actor other) {
        return agent.equals(other.subject()) || other.account().equals(agentAccount);
    }

    public Decision decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
