-- One seal over every checkpoint together: how many there are, the sum of their sequence numbers and the XOR of their
-- seals, under a MAC. Seals only move forward, so a checkpoint deleted or put back to an older (validly sealed) one
-- lowers the count or the sum: the compliance job and the trail verification compare. Its mac is null until the first
-- run seals the checkpoints that exist (the totals below are then taken again, with the digest).
CREATE TABLE audit_trail_seal (
    id            INT          NOT NULL,
    checkpoints   BIGINT       NOT NULL,
    sequence_sum  BIGINT       NOT NULL,
    seals_digest  VARCHAR(64),
    mac           VARCHAR(64),
    sealed_at     DATETIME(6),
    broken_at     DATETIME(6),
    PRIMARY KEY (id)
);
INSERT INTO audit_trail_seal (id, checkpoints, sequence_sum) VALUES (1, 0, 0);
