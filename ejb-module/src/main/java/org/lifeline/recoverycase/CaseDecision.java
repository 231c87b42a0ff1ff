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

/** One agent's decision on a case; an agent decides a case once (unique case and agent). */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 8, nullable = false, updatable = false)
    private Decision decision;

    @Column(name = "note", length = MAX_NOTE_LENGTH, updatable = false)
    private String note;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected CaseDecision() {}

    CaseDecision(String caseId, String agent, Decision decision, String note, Instant now) {
        this.caseId = caseId;
        this.agent = agent;
        this.decision = decision;
        this.note = note;
        this.decidedAt = now;
    }

    public String agent() {
        return agent;
    }

    public Decision decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
