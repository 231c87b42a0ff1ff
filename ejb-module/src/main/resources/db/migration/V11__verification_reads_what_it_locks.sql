-- A verification reads what its answer needs from the rows it already reads, instead of counting and scanning.

-- The live set's unused codes, kept by every use (was counted on every answer).
ALTER TABLE recovery_code_set ADD COLUMN unused_codes INT NOT NULL DEFAULT 0;
UPDATE recovery_code_set SET unused_codes = (SELECT COUNT(*) FROM recovery_code c
    WHERE c.set_id = recovery_code_set.id AND c.used_at IS NULL);

-- An upper bound of the failures of the last 24 hours: the failures since the account last went a day without one.
-- The daily cap scans the attempts only when this bound reaches the limit. Starting from every failure on record
-- over-counts, which costs a scan, never a wrong answer.
ALTER TABLE failure_budget ADD COLUMN failures_since_quiet INT NOT NULL DEFAULT 0;
ALTER TABLE failure_budget ADD COLUMN last_failure_at DATETIME(6);
UPDATE failure_budget SET
    failures_since_quiet = (SELECT COUNT(*) FROM verification_attempt a
        WHERE a.account_id = failure_budget.account_id AND a.outcome = 'FAILURE'),
    last_failure_at = (SELECT MAX(a.attempted_at) FROM verification_attempt a
        WHERE a.account_id = failure_budget.account_id AND a.outcome = 'FAILURE');

-- An approved reset may be waiting: only then does a right code look for it to cancel it. Set when a case is
-- approved, cleared when the look finds none.
ALTER TABLE account ADD COLUMN reset_may_be_waiting BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE account SET reset_may_be_waiting = TRUE
    WHERE id IN (SELECT account_id FROM recovery_case WHERE status = 'APPROVED');
