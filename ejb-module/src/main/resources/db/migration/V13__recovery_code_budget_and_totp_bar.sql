-- The failure budget splits by kind of code. TOTP keeps its ladder and daily cap and gains a cap on the failures
-- since the last right code: reaching it bars TOTP (totp_barred_at) until a right recovery code or support's unlock,
-- both of which also restart the daily cap's count (failures_counted_from). Recovery codes get a ladder of their own,
-- so that guessing TOTP codes never locks the owner out of them. Existing budgets start with the failures since the
-- last success they already show (the consecutive count: the older failures are not told apart by success).
ALTER TABLE failure_budget ADD COLUMN failures_since_success INT NOT NULL DEFAULT 0;
ALTER TABLE failure_budget ADD COLUMN totp_barred_at DATETIME(6);
ALTER TABLE failure_budget ADD COLUMN failures_counted_from DATETIME(6);
ALTER TABLE failure_budget ADD COLUMN recovery_failures INT NOT NULL DEFAULT 0;
ALTER TABLE failure_budget ADD COLUMN recovery_lock_level INT NOT NULL DEFAULT 0;
ALTER TABLE failure_budget ADD COLUMN recovery_locked_until DATETIME(6);
UPDATE failure_budget SET failures_since_success = consecutive_failures;
