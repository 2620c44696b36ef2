-- Published datasets and the members whose data each one used.
CREATE TABLE datasets (
    id              TEXT    PRIMARY KEY,
    name            TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    purpose         TEXT    NOT NULL,
    as_of           TEXT    NOT NULL,
    policy_version  TEXT,
    policy_sha256   TEXT    NOT NULL,
    ledger_seq      BIGINT  NOT NULL,
    ledger_head     TEXT    NOT NULL,
    records         BIGINT  NOT NULL,
    members         BIGINT  NOT NULL,
    previous_id     TEXT,
    manifest_sha256 TEXT    NOT NULL,
    member_bitmap   BYTEA   NOT NULL,
    created_at      TEXT    NOT NULL
);

-- Per-member record counts: "which datasets used m-17's data" is one indexed lookup.
CREATE TABLE dataset_members (
    dataset_id    TEXT    NOT NULL REFERENCES datasets (id),
    member_number BIGINT  NOT NULL,
    records       BIGINT  NOT NULL,
    PRIMARY KEY (dataset_id, member_number)
);
CREATE INDEX dataset_members_by_member ON dataset_members (member_number);
