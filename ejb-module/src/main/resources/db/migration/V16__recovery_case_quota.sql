-- The evidence bytes each case took in, kept on the case so that the account's evidence allowance still counts them
-- after the files are purged (at once on a cancel before any decision, or at the end of their retention).

ALTER TABLE recovery_case ADD COLUMN evidence_bytes BIGINT NOT NULL DEFAULT 0;
