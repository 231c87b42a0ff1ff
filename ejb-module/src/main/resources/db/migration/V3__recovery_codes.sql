-- Recovery codes: one live set per account, each code stored only as its keyed digest (HMAC-SHA256 with a pepper
-- kept outside the database). The unique digest makes a check one indexed lookup.

CREATE TABLE recovery_code_set (
    id            VARCHAR(36)  ${caseSensitive} NOT NULL,
    account_id    VARCHAR(128) ${caseSensitive} NOT NULL,
    total         INT          NOT NULL,
    generated_at  DATETIME(6)  NOT NULL,
    last_used_at  DATETIME(6),
    revoked_at    DATETIME(6),
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_set_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_recovery_code_set_account ON recovery_code_set (account_id, revoked_at);

CREATE TABLE recovery_code (
    id       BIGINT      NOT NULL AUTO_INCREMENT,
    set_id   VARCHAR(36) ${caseSensitive} NOT NULL,
    digest   VARCHAR(64) ${caseSensitive} NOT NULL,
    used_at  DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_code_digest UNIQUE (digest),
    CONSTRAINT fk_recovery_code_set FOREIGN KEY (set_id) REFERENCES recovery_code_set (id)
);

CREATE INDEX ix_recovery_code_set ON recovery_code (set_id, used_at);
