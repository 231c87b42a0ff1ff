-- Which node executes the compliance run in progress, and when it last said so (epoch milliseconds, every few
-- seconds). A node that finds the word stale takes the run over and restarts it from its checkpoints: on a cluster a
-- run outlives the node it started on, and no node restarts a run that another node is still executing.
CREATE TABLE audit_run_owner (
    id            INT          NOT NULL,
    execution_id  BIGINT,
    node          VARCHAR(255),
    heartbeat_ms  BIGINT       NOT NULL,
    PRIMARY KEY (id)
);

INSERT INTO audit_run_owner (id, execution_id, node, heartbeat_ms) VALUES (1, NULL, NULL, 0);
