-- Single-use cancel tokens of security-reset cases, as sent in notifications: only their keyed digest is stored.

CREATE TABLE recovery_case_cancel_token (
    digest      VARCHAR(64) ${caseSensitive} NOT NULL,
    case_id     VARCHAR(36) ${caseSensitive} NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    PRIMARY KEY (digest),
    CONSTRAINT fk_cancel_token_case FOREIGN KEY (case_id) REFERENCES recovery_case (id)
);

CREATE INDEX ix_cancel_token_case ON recovery_case_cancel_token (case_id);
