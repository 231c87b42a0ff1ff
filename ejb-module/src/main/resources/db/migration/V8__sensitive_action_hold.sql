-- After a security reset applies, sensitive actions (withdrawals and the like) wait until this time.
ALTER TABLE account ADD COLUMN sensitive_actions_blocked_until DATETIME(6);
