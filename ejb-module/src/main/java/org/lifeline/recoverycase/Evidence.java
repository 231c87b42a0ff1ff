package org.lifeline.recoverycase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The metadata of one evidence file. The file itself is stored sealed (AES-256-GCM, bound to this id) in the same
 * row's {@code content} column, written and read as a stream by {@link JpaEvidenceRepository}, never mapped here.
 */
@Entity
@Table(name = "recovery_case_evidence")
@NamedQuery(
        name = "Evidence.findByCase",
        query = "select e from Evidence e where e.caseId = :caseId order by e.uploadedAt, e.id")
@NamedQuery(name = "Evidence.countByCase", query = "select count(e) from Evidence e where e.caseId = :caseId")
@NamedQuery(
        name = "Evidence.findCasesClosedBefore",
        query = "select distinct e.caseId from Evidence e, RecoveryCase c"
                + " where c.id = e.caseId and c.closedAt < :cutoff")
@NamedQuery(name = "Evidence.deleteOfCase", query = "delete from Evidence e where e.caseId = :caseId")
public class Evidence {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", length = 36, nullable = false, updatable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false)
    private EvidenceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", length = 8, nullable = false, updatable = false)
    private EvidenceFormat format;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "key_id", length = 32)
    private String keyId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** Sealed segments of at most {@link #SEGMENT_BYTES}; 0 for a file stored whole, before segments. */
    @Column(name = "segments", nullable = false)
    private int segments;

    /**
     * The most plaintext one segment holds: what an upload or a download keeps in memory at a time. Under half of G1's
     * smallest region (1 MiB), so a segment's buffers are ordinary young objects, not humongous ones.
     */
    static final int SEGMENT_BYTES = 256 * 1024;

    protected Evidence() {}

    /**
     * A file about to be stored. Its kind is {@code OTHER} until {@link #named} says which: a form may send the kind
     * after the file, and the row exists (its segments refer to it) before the file's last byte is in. Both happen in
     * one transaction, so no reader sees the placeholder.
     */
    Evidence(String caseId, EvidenceFormat format, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.kind = EvidenceKind.OTHER;
        this.format = format;
        this.uploadedAt = now;
    }

    /** The key the segments are sealed with, set before the first one is stored. */
    void sealedWith(String key) {
        this.keyId = key;
    }

    void named(EvidenceKind named) {
        this.kind = named;
    }

    void stored(long bytes, String sha256Hex, int segmentCount) {
        this.size = bytes;
        this.sha256 = sha256Hex;
        this.segments = segmentCount;
    }

    /** How many sealed segments the file is stored in; 0 when it is stored whole (before segments). */
    int segments() {
        return segments;
    }

    /** What binds the sealed bytes to this evidence of this case. */
    String sealContext() {
        return "evidence:" + caseId + ":" + id;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public EvidenceFormat format() {
        return format;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    String keyId() {
        return keyId;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
