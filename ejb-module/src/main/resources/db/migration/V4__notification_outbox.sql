-- The notification outbox: written with the event it reports, emptied by the sender with retries.

CREATE TABLE notification (
    id               VARCHAR(36)   ${caseSensitive} NOT NULL,
    account_id       VARCHAR(128)  ${caseSensitive} NOT NULL,
    type             VARCHAR(40)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    recipient        VARCHAR(320),
    details          VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(255),
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_notification_due ON notification (status, next_attempt_at);
CREATE INDEX ix_notification_account ON notification (account_id, created_at);
