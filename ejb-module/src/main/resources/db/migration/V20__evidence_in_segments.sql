-- Evidence stored in sealed segments of at most 256 KiB each (AES-256-GCM per segment; the segment's number and whether
-- it is the last are bound in as associated data, so segments cannot be reordered, swapped or cut off unnoticed),
-- so that an upload and a download each hold one segment in memory, not the whole file. segments = 0 marks a file
-- stored before, whole, in recovery_case_evidence.content (still read).

ALTER TABLE recovery_case_evidence ADD COLUMN segments INT NOT NULL DEFAULT 0;

CREATE TABLE recovery_case_evidence_segment (
    evidence_id  VARCHAR(36) ${caseSensitive} NOT NULL,
    segment_no   INT         NOT NULL,
    content      LONGBLOB    NOT NULL,
    PRIMARY KEY (evidence_id, segment_no),
    CONSTRAINT fk_segment_evidence FOREIGN KEY (evidence_id) REFERENCES recovery_case_evidence (id) ON DELETE CASCADE
);
