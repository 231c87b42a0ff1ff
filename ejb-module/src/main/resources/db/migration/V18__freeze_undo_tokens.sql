-- Single-use tokens that lift a lost-device freeze, together with a right code of the app, as sent in the freeze's
-- notification: only their keyed digest is stored. No foreign key to the authenticator: a removed authenticator's
-- tokens simply find nothing to lift.

CREATE TABLE authenticator_undo_token (
    digest            VARCHAR(64)  ${caseSensitive} NOT NULL,
    authenticator_id  VARCHAR(36)  ${caseSensitive} NOT NULL,
    account_id        VARCHAR(128) ${caseSensitive} NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    used_at           DATETIME(6),
    PRIMARY KEY (digest)
);

CREATE INDEX ix_undo_token_authenticator ON authenticator_undo_token (authenticator_id);
