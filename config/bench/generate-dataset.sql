-- A synthetic data set for benchmarks of the compliance job: @accounts accounts named bench-0000000, bench-0000001,
-- ... with authenticators, recovery codes, a day of verification attempts and security-reset cases, seeded with
-- anomalies of every kind the job looks for. Run it through generate-dataset.sh, on a schema the application has
-- migrated. Generated authenticators carry placeholder secrets: they are for the job to read, not for signing in.
-- Every rate below is a modulus of the account number, so the expected findings can be counted from the numbers.

SET @now = UTC_TIMESTAMP(6);
SET @genesis = REPEAT('0', 64);

CREATE TEMPORARY TABLE bench_n (n INT NOT NULL PRIMARY KEY);
SET @fill = CONCAT('INSERT INTO bench_n SELECT seq FROM seq_0_to_', @accounts - 1);
PREPARE fill FROM @fill;
EXECUTE fill;
DEALLOCATE PREPARE fill;

CREATE TEMPORARY TABLE bench_code (i INT NOT NULL PRIMARY KEY);
INSERT INTO bench_code SELECT seq FROM seq_0_to_9;
CREATE TEMPORARY TABLE bench_attempt (i INT NOT NULL PRIMARY KEY);
INSERT INTO bench_attempt SELECT seq FROM seq_0_to_4;

-- Accounts, created 400 days ago, each with an empty audit chain; one in 200 HIGH risk.
INSERT INTO account (id, email, risk_tier, created_at, updated_at, version)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), CONCAT('bench-', n, '@example.org'),
       IF(n % 200 = 0, 'HIGH', 'STANDARD'), @now - INTERVAL 400 DAY, @now - INTERVAL 400 DAY, 0
FROM bench_n;
INSERT INTO audit_chain (id, last_sequence, last_hash)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 0, @genesis FROM bench_n;

-- Authenticators: nine in ten active, one in ten left pending.
INSERT INTO authenticator (id, account_id, status, secret, algorithm, digits, period_seconds, label, created_at,
                           activated_at, last_used_step, version)
SELECT CONCAT('auth-', n), CONCAT('bench-', LPAD(n, 7, '0')), IF(n % 10 = 0, 'PENDING', 'ACTIVE'),
       'placeholder:not-a-sealed-secret', 'SHA1', 6, 30, CONCAT('bench-', n), @now - INTERVAL 400 DAY,
       IF(n % 10 = 0, NULL, @now - INTERVAL 400 DAY), NULL, 0
FROM bench_n;

-- A live set of ten codes for every active account, and (an integrity anomaly) for one pending account in 1000.
-- Sets are 0 to 499 days old; each keeps its unused count, as the application does.
INSERT INTO recovery_code_set (id, account_id, total, unused_codes, generated_at, last_used_at, revoked_at, version)
SELECT CONCAT('set-', n), CONCAT('bench-', LPAD(n, 7, '0')), 10, CASE WHEN n % 13 = 0 THEN 0 WHEN n % 7 = 0 THEN 3 ELSE 10 END,
       @now - INTERVAL (n % 500) DAY, CASE WHEN n % 13 = 0 OR n % 7 = 0 THEN @now - INTERVAL (n % 20) DAY END, NULL, 0
FROM bench_n WHERE n % 10 <> 0 OR n % 1000 = 0;
INSERT INTO recovery_code (set_id, digest, used_at)
SELECT CONCAT('set-', n), SHA2(CONCAT('bench-code-', n, '-', i), 256),
       CASE WHEN n % 13 = 0 THEN @now - INTERVAL (n % 20) DAY
            WHEN n % 7 = 0 AND i < 7 THEN @now - INTERVAL (n % 20) DAY END
FROM bench_n JOIN bench_code WHERE n % 10 <> 0 OR n % 1000 = 0;

-- A day of attempts: three right TOTP codes and two wrong ones per account, from an address of its own in
-- 100.64.0.0/10 (distinct for up to 4,194,304 accounts, so no ordinary address looks like spraying).
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'TOTP', 'VERIFY', IF(i < 3, 'SUCCESS', 'FAILURE'),
       IF(i < 3, NULL, 'WRONG_CODE'), CONCAT('100.', 64 + (n DIV 65536) % 64, '.', (n DIV 256) % 256, '.', n % 256), 'bench',
       @now - INTERVAL ((n * 7 + i * 3600) % 86000) SECOND
FROM bench_n JOIN bench_attempt;
-- Brute force: 30 refused codes on one account in 997.
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'TOTP', 'VERIFY', 'FAILURE', 'WRONG_CODE', '198.51.100.7', 'bench',
       @now - INTERVAL (k.i * 60 + a.i) SECOND
FROM bench_n JOIN bench_attempt a JOIN (SELECT seq AS i FROM seq_0_to_5) k WHERE n % 997 = 0;
-- Spraying: one address refused on one account in 2000.
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'TOTP', 'VERIFY', 'FAILURE', 'WRONG_CODE', '203.0.113.66', 'bench',
       @now - INTERVAL (n % 3600) SECOND
FROM bench_n WHERE n % 2000 = 0;
-- TOTP replays (one account in 503), reused recovery codes (one in 1009), recovery codes used within hours of a
-- right TOTP code (one in 211).
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'TOTP', 'VERIFY', 'FAILURE', 'REPLAY', '10.9.9.9', 'bench',
       @now - INTERVAL 2 HOUR
FROM bench_n WHERE n % 503 = 0;
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'RECOVERY_CODE', 'VERIFY', 'FAILURE', 'RECOVERY_CODE_REUSE', '10.9.9.8',
       'bench', @now - INTERVAL 3 HOUR
FROM bench_n WHERE n % 1009 = 0;
INSERT INTO verification_attempt (account_id, method, purpose, outcome, reason, client_address, user_agent,
                                  attempted_at)
SELECT CONCAT('bench-', LPAD(n, 7, '0')), 'RECOVERY_CODE', 'VERIFY', 'SUCCESS', NULL, '10.9.9.7', 'bench',
       @now - INTERVAL 5 MINUTE
FROM bench_n WHERE n % 211 = 0;

-- Security-reset cases for one account in 50: half left unattended past their deadline (the job expires them),
-- half submitted and waiting for review, one in ten of those with evidence whose file three accounts share.
INSERT INTO recovery_case (id, account_id, open_slot, reason, description, contact_email, status, created_at,
                           expires_at, version)
SELECT CONCAT('case-', n), CONCAT('bench-', LPAD(n, 7, '0')), CONCAT('bench-', LPAD(n, 7, '0')), 'LOST_DEVICE',
       'generated', CONCAT('bench-', n, '@example.org'), IF(n % 100 = 0, 'SUBMITTED', 'AWAITING_EVIDENCE'),
       @now - INTERVAL IF(n % 100 = 0, 1, 20) DAY, @now + INTERVAL IF(n % 100 = 0, 13, -6) DAY, 0
FROM bench_n WHERE n % 50 = 0;
INSERT INTO recovery_case_evidence (id, case_id, kind, file_type, size_bytes, sha256, key_id, uploaded_at, content)
SELECT CONCAT('evidence-', n), CONCAT('case-', n), 'ID_DOCUMENT', 'PDF', 0,
       SHA2(CONCAT('bench-document-', IF(n % 1000 = 0, n DIV 3000, n)), 256), NULL, @now - INTERVAL 1 HOUR, NULL
FROM bench_n WHERE n % 100 = 0;

DROP TEMPORARY TABLE bench_n;
DROP TEMPORARY TABLE bench_code;
DROP TEMPORARY TABLE bench_attempt;
