-- Support decisions on security-reset cases. One decision per agent and case: an agent cannot approve twice.

CREATE TABLE recovery_case_decision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     VARCHAR(36)   ${caseSensitive} NOT NULL,
    agent       VARCHAR(255)  ${caseSensitive} NOT NULL,
    decision    VARCHAR(8)    NOT NULL,
    note        VARCHAR(1000),
    decided_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_case_decision_agent UNIQUE (case_id, agent),
    CONSTRAINT fk_case_decision_case FOREIGN KEY (case_id) REFERENCES recovery_case (id)
);
