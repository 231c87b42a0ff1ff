-- A notification names the audit event it tells: its sequence number in the account's chain (chain_id is the
-- account's id). Written in the event's transaction, so an outbox row without its event means a half-done write.
-- Null for notifications written before.

ALTER TABLE notification ADD COLUMN event_sequence BIGINT;
