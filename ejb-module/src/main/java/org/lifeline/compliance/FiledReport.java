package org.lifeline.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A run's report as filed in the database: one per job instance, rewritten if its last step runs again. */
@Entity
@Table(name = "audit_report")
@NamedQuery(name = "FiledReport.lastWindowEnd", query = "select max(r.windowEnd) from FiledReport r")
public class FiledReport {

    static final int MAX_BODY = 12000;

    @Id
    @Column(name = "job_instance_id")
    private long jobInstanceId;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "window_end", nullable = false)
    private Instant windowEnd;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "body", length = MAX_BODY, nullable = false)
    private String body;

    protected FiledReport() {}

    FiledReport(long jobInstanceId) {
        this.jobInstanceId = jobInstanceId;
    }

    void file(AuditWindow window, String json, Instant now) {
        this.windowStart = window.since();
        this.windowEnd = window.until();
        this.body = json;
        this.createdAt = now;
    }

    String body() {
        return body;
    }
}
