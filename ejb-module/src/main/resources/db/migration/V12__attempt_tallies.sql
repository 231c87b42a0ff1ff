-- The suspicious-attempts step of the compliance job counts the window's attempts once per detector, each count one
-- grouped pass (INSERT ... SELECT ... GROUP BY), and then pages through what crossed its threshold here by key, so
-- the step is linear in the attempts however many addresses or accounts they come from. The table holds the tallies
-- of the running window only; the row of detector '~tallied' says they are complete for the window its subject
-- names (since/until, ISO-8601).
CREATE TABLE audit_attempt_tally (
    detector      VARCHAR(40)  NOT NULL,
    subject       VARCHAR(300) ${caseSensitive} NOT NULL,
    first_count   BIGINT       NOT NULL,
    second_count  BIGINT       NOT NULL,
    PRIMARY KEY (detector, subject)
);
