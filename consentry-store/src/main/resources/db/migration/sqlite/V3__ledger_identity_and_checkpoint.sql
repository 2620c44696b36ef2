-- The ledger's own id: created once, with the schema, and never changed. Anchors published
-- outside the database ('ledger anchor') name it, so an anchor is never checked against the
-- wrong ledger, and a database replaced by another one does not pass for the original.
CREATE TABLE ledger_identity (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    id          TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
INSERT INTO ledger_identity (singleton, id, created_at)
    VALUES (1, lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
CREATE TRIGGER ledger_identity_no_update BEFORE UPDATE ON ledger_identity
BEGIN
    SELECT RAISE(ABORT, 'the ledger id never changes');
END;
CREATE TRIGGER ledger_identity_no_delete BEFORE DELETE ON ledger_identity
BEGIN
    SELECT RAISE(ABORT, 'the ledger id never changes');
END;

-- Where the last verification of the chain ended: entry seq with hash. Verification re-hashes
-- only the entries after it, once it has checked that the chain still holds this hash at seq and
-- exactly seq entries up to it. It only moves forward.
CREATE TABLE ledger_checkpoint (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    seq         INTEGER NOT NULL,
    hash        TEXT    NOT NULL,
    verified_at TEXT    NOT NULL
);
CREATE TRIGGER ledger_checkpoint_forward_only BEFORE UPDATE ON ledger_checkpoint
WHEN NEW.seq < OLD.seq
BEGIN
    SELECT RAISE(ABORT, 'the ledger checkpoint only moves forward');
END;
CREATE TRIGGER ledger_checkpoint_no_delete BEFORE DELETE ON ledger_checkpoint
BEGIN
    SELECT RAISE(ABORT, 'the ledger checkpoint only moves forward');
END;
