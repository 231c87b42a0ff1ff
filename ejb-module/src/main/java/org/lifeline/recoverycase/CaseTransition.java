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

/** One step of a case's history: from what, to what, when, and in which role. */
@Entity
@Table(name = "recovery_case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24, updatable = false)
    private CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 24, nullable = false, updatable = false)
    private CaseStatus to;

    @Column(name = "actor_role", length = 16, nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    protected CaseTransition() {}

    CaseTransition(String caseId, CaseStatus from, CaseStatus to, String actorRole, Instant at) {
        this.caseId = caseId;
        this.from = from;
        this.to = to;
        this.actorRole = actorRole;
        this.at = at;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public String actorRole() {
        return actorRole;
    }

    public Instant at() {
        return at;
    }
}
