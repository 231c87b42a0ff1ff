-- Every keyed digest and seal names the key that made it (lifeline.digest.keys; "pepper" is the pepper's derived
-- keys): the keys can then be rotated, the old ones listed for what was made with them. NULL marks the rows made
-- before, under the pepper itself, which are still read.

ALTER TABLE recovery_code ADD COLUMN key_id VARCHAR(32);
ALTER TABLE recovery_case_cancel_token ADD COLUMN key_id VARCHAR(32);
ALTER TABLE authenticator_undo_token ADD COLUMN key_id VARCHAR(32);
ALTER TABLE audit_checkpoint ADD COLUMN seal_key_id VARCHAR(32);
ALTER TABLE audit_trail_seal ADD COLUMN key_id VARCHAR(32);
