-- Accounts and the tamper-evident audit trail.
-- One script for MariaDB and H2: ${caseSensitive} makes identifier columns compare byte for byte on MariaDB.

CREATE TABLE account (
    id          VARCHAR(128) ${caseSensitive} NOT NULL,
    email       VARCHAR(320),
    risk_tier   VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id)
);

-- The head of each hash chain: one per account, and '~system' for events of no account.
CREATE TABLE audit_chain (
    id             VARCHAR(140) ${caseSensitive} NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    last_hash      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    chain_id       VARCHAR(140)  ${caseSensitive} NOT NULL,
    sequence_no    BIGINT        NOT NULL,
    account_id     VARCHAR(128)  ${caseSensitive},
    event_type     VARCHAR(64)   NOT NULL,
    actor_subject  VARCHAR(255)  NOT NULL,
    actor_role     VARCHAR(16)   NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    details        VARCHAR(4000) NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    entry_hash     VARCHAR(64)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_event_chain_sequence UNIQUE (chain_id, sequence_no)
);

CREATE INDEX ix_audit_event_account ON audit_event (account_id, sequence_no);

INSERT INTO audit_chain (id, last_sequence, last_hash)
VALUES ('~system', 0, '0000000000000000000000000000000000000000000000000000000000000000');
