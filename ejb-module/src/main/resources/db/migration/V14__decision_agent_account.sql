-- The customer account of the agent who decided (the staff token's account claim, or its subject without one), so
-- that "two different agents" means two different people even when one person has two staff identities.
ALTER TABLE recovery_case_decision ADD COLUMN agent_account VARCHAR(255) ${caseSensitive};
UPDATE recovery_case_decision SET agent_account = agent;
