-- Support's queue reads the cases of one status by when they were opened, oldest or newest first.
CREATE INDEX ix_recovery_case_status_created ON recovery_case (status, created_at);
