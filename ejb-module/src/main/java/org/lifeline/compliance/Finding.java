package org.lifeline.compliance;

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
import java.util.Map;
import org.lifeline.account.AccountId;
import org.lifeline.shared.JsonDetails;

/** A finding of the compliance job in one run window. Written once: a second write of the same key is skipped. */
@Entity
@Table(name = "audit_finding")
@NamedQuery(
        name = "Finding.keysOf",
        // the types too: the unique key is (window, type, subject), so both lists make index ranges of it, where
        // the subjects alone would read every finding of the window so far, once per chunk
        query = "select f.type, f.subject from Finding f where f.windowStart = :since"
                + " and f.windowEnd = :until and f.type in :types and f.subject in :subjects")
@NamedQuery(
        name = "Finding.countByType",
        query = "select f.type, count(f) from Finding f where f.windowStart = :since"
                + " and f.windowEnd = :until group by f.type")
@NamedQuery(
        name = "Finding.countByTypeAndSeverity",
        query = "select f.type, f.severity, count(f) from Finding f"
                + " where f.windowStart = :since and f.windowEnd = :until group by f.type, f.severity")
@NamedQuery(
        name = "Finding.find",
        query = "select f from Finding f where f.windowStart = :since"
                + " and f.windowEnd = :until and (:type is null or f.type = :type)"
                + " and (:severity is null or f.severity = :severity) order by f.id")
@NamedQuery(
        name = "Finding.count",
        query = "select count(f) from Finding f where f.windowStart = :since"
                + " and f.windowEnd = :until and (:type is null or f.type = :type)"
                + " and (:severity is null or f.severity = :severity)")
public class Finding {

    static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "window_start", nullable = false, updatable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false, updatable = false)
    private Instant windowEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding_type", length = 40, nullable = false, updatable = false)
    private FindingType type;

    @Column(name = "subject", length = 300, nullable = false, updatable = false)
    private String subject;

    @Column(name = "account_id", length = AccountId.MAX_LENGTH, updatable = false)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", length = 8, nullable = false, updatable = false)
    private Severity severity;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private Instant detectedAt;

    @Column(name = "detail", length = MAX_DETAIL, nullable = false, updatable = false)
    private String detail;

    protected Finding() {}

    Finding(AuditWindow window, FindingDraft draft, Instant now) {
        this.windowStart = window.since();
        this.windowEnd = window.until();
        this.type = draft.type();
        this.subject = draft.subject();
        this.accountId = draft.accountId();
        this.severity = draft.severity();
        this.detectedAt = now;
        String json = JsonDetails.of(draft.detail());
        this.detail = json.length() <= MAX_DETAIL ? json : JsonDetails.of(Map.of("truncated", "true"));
    }

    Instant windowStart() {
        return windowStart;
    }

    Instant windowEnd() {
        return windowEnd;
    }

    FindingType type() {
        return type;
    }

    String subject() {
        return subject;
    }

    String accountId() {
        return accountId;
    }

    Severity severity() {
        return severity;
    }

    Instant detectedAt() {
        return detectedAt;
    }

    String detail() {
        return detail;
    }

    public FindingView view() {
        return new FindingView(accountId, type.name(), severity.name(), detectedAt, subject, JsonDetails.parse(detail));
    }
}
