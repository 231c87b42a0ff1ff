-- TOTP authenticators (at most one per account), the shared failure budget, and the record of every attempt.

CREATE TABLE authenticator (
    id              VARCHAR(36)  ${caseSensitive} NOT NULL,
    account_id      VARCHAR(128) ${caseSensitive} NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    secret          VARCHAR(255) NOT NULL,
    algorithm       VARCHAR(8)   NOT NULL,
    digits          INT          NOT NULL,
    period_seconds  INT          NOT NULL,
    label           VARCHAR(320) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6),
    activated_at    DATETIME(6),
    frozen_at       DATETIME(6),
    last_used_step  BIGINT,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_authenticator_account UNIQUE (account_id),
    CONSTRAINT fk_authenticator_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE failure_budget (
    account_id            VARCHAR(128) ${caseSensitive} NOT NULL,
    consecutive_failures  INT          NOT NULL,
    lock_level            INT          NOT NULL,
    locked_until          DATETIME(6),
    version               BIGINT       NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_failure_budget_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE verification_attempt (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    account_id      VARCHAR(128) ${caseSensitive} NOT NULL,
    method          VARCHAR(16)  NOT NULL,
    purpose         VARCHAR(32)  NOT NULL,
    outcome         VARCHAR(16)  NOT NULL,
    reason          VARCHAR(32),
    client_address  VARCHAR(255),
    user_agent      VARCHAR(255),
    attempted_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
);

-- The daily cap reads an account's recent failures; the compliance job reads attempts by time.
CREATE INDEX ix_attempt_account_outcome_time ON verification_attempt (account_id, outcome, attempted_at);
CREATE INDEX ix_attempt_time ON verification_attempt (attempted_at);
