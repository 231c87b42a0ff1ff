-- Security-reset cases and their history. open_slot holds the account id while a case is open and NULL once it is
-- closed: its unique index allows one open case an account (NULLs do not collide), even under racing requests.

CREATE TABLE recovery_case (
    id             VARCHAR(36)   ${caseSensitive} NOT NULL,
    account_id     VARCHAR(128)  ${caseSensitive} NOT NULL,
    open_slot      VARCHAR(128)  ${caseSensitive},
    reason         VARCHAR(24)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    contact_email  VARCHAR(320)  NOT NULL,
    status         VARCHAR(24)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    expires_at     DATETIME(6)   NOT NULL,
    effective_at   DATETIME(6),
    closed_at      DATETIME(6),
    version        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_case_open_slot UNIQUE (open_slot),
    CONSTRAINT fk_recovery_case_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_recovery_case_account ON recovery_case (account_id, created_at);
CREATE INDEX ix_recovery_case_status ON recovery_case (status, expires_at);

CREATE TABLE recovery_case_transition (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    case_id      VARCHAR(36) ${caseSensitive} NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24) NOT NULL,
    actor_role   VARCHAR(16) NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_transition_case FOREIGN KEY (case_id) REFERENCES recovery_case (id)
);

CREATE INDEX ix_case_transition_case ON recovery_case_transition (case_id, occurred_at);
