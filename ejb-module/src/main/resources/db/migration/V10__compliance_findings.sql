-- What the compliance job finds and keeps. A finding is unique by (run window, type, subject): the subject is the
-- account, or what else the finding is about (a client address, an audit chain), so a restarted or repeated run over
-- the same window rewrites nothing.

CREATE TABLE audit_finding (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    window_start  DATETIME(6)   NOT NULL,
    window_end    DATETIME(6)   NOT NULL,
    finding_type  VARCHAR(40)   NOT NULL,
    subject       VARCHAR(300)  ${caseSensitive} NOT NULL,
    account_id    VARCHAR(128)  ${caseSensitive},
    severity      VARCHAR(8)    NOT NULL,
    detected_at   DATETIME(6)   NOT NULL,
    detail        VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_finding UNIQUE (window_start, window_end, finding_type, subject)
);

CREATE INDEX ix_audit_finding_account ON audit_finding (account_id, detected_at);

-- Reminders the job sent, one per account, kind and occasion (the code set, and for check-ups the year of its age),
-- so the same condition is never reminded twice.
CREATE TABLE audit_reminder (
    account_id  VARCHAR(128) ${caseSensitive} NOT NULL,
    reminder    VARCHAR(40)  NOT NULL,
    occasion    VARCHAR(80)  ${caseSensitive} NOT NULL,
    sent_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, reminder, occasion)
);

-- The last sealed head of each audit chain: its sequence number and hash, and an HMAC over both under a server
-- key. Rewriting a chain's earlier entries, even with recomputed hashes, no longer matches a sealed head.
CREATE TABLE audit_checkpoint (
    chain_id     VARCHAR(140) ${caseSensitive} NOT NULL,
    sequence_no  BIGINT       NOT NULL,
    entry_hash   VARCHAR(64)  NOT NULL,
    seal         VARCHAR(64)  NOT NULL,
    sealed_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (chain_id)
);

-- One report per job instance (a restarted run keeps its instance and its window).
CREATE TABLE audit_report (
    job_instance_id  BIGINT      NOT NULL,
    window_start     DATETIME(6) NOT NULL,
    window_end       DATETIME(6) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    body             VARCHAR(12000) NOT NULL,
    PRIMARY KEY (job_instance_id)
);

CREATE INDEX ix_audit_report_window ON audit_report (window_end);

-- Serialises the start of runs across nodes: a start locks this row, checks that no run is in progress, and leases
-- it (epoch milliseconds) until its job execution is recorded.
CREATE TABLE audit_run_lock (
    id              INT    NOT NULL,
    leased_until_ms BIGINT NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO audit_run_lock (id, leased_until_ms) VALUES (1, 0);

-- An account the compliance job flagged for a security review, and why.
ALTER TABLE account ADD COLUMN review_flagged_at DATETIME(6);
ALTER TABLE account ADD COLUMN review_reason VARCHAR(40);

-- Spraying: failures by client address in a time window.
CREATE INDEX ix_attempt_client_time ON verification_attempt (client_address, attempted_at);
