-- Ownership claims of security-reset cases: what the owner remembers of the account's recent transactions (a
-- transaction id, a deposit, a withdrawal address), sealed with AES-256-GCM like evidence and bound to the claim, and
-- asked of the platform's verifier, which owns the ledger. A PENDING claim is its own outbox row: written with the
-- owner's request, asked about afterwards from next_check_at on, retried with backoff until the verifier answers.

CREATE TABLE recovery_case_ownership_claim (
    id                VARCHAR(36)   ${caseSensitive} NOT NULL,
    case_id           VARCHAR(36)   ${caseSensitive} NOT NULL,
    kind              VARCHAR(24)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    claimed           VARCHAR(2048) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    checked_at        DATETIME(6),
    check_attempts    INT           NOT NULL,
    next_check_at     DATETIME(6),
    last_check_error  VARCHAR(255),
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ownership_claim_case FOREIGN KEY (case_id) REFERENCES recovery_case (id)
);

CREATE INDEX ix_ownership_claim_case ON recovery_case_ownership_claim (case_id, created_at);
CREATE INDEX ix_ownership_claim_due ON recovery_case_ownership_claim (status, next_check_at);
