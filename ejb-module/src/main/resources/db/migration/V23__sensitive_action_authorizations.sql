-- One sensitive action (a withdrawal, a new address: the platform names it) authorized by a fresh TOTP code, for five
-- minutes; kept for the record beside the trail's SENSITIVE_ACTION_AUTHORIZED event.

CREATE TABLE sensitive_action_authorization (
    id             VARCHAR(36)  ${caseSensitive} NOT NULL,
    account_id     VARCHAR(128) ${caseSensitive} NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    authorized_at  DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_authorization_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_authorization_account ON sensitive_action_authorization (account_id, authorized_at);
