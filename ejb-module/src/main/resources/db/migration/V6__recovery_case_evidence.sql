-- Evidence files of security-reset cases: metadata, and the file sealed with AES-256-GCM (nonce || ciphertext ||
-- tag) under the key named by key_id, bound to the evidence id. Never the plaintext.

CREATE TABLE recovery_case_evidence (
    id           VARCHAR(36) ${caseSensitive} NOT NULL,
    case_id      VARCHAR(36) ${caseSensitive} NOT NULL,
    kind         VARCHAR(24) NOT NULL,
    file_type    VARCHAR(8)  NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    sha256       VARCHAR(64),
    key_id       VARCHAR(32),
    uploaded_at  DATETIME(6) NOT NULL,
    content      LONGBLOB,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES recovery_case (id)
);

CREATE INDEX ix_evidence_case ON recovery_case_evidence (case_id, uploaded_at);
CREATE INDEX ix_evidence_sha256 ON recovery_case_evidence (sha256);
