-- The member registry: mutable (a re-import updates a member); number is stable and dense,
-- and lineage bitmaps are built over it.
CREATE TABLE members (
    number      INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL UNIQUE,
    country     TEXT    NOT NULL,
    region      TEXT,
    birth_date  TEXT,
    name        TEXT,
    handles     TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Every import, for the audit trail: what file, how many lines, which ledger range.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    records     INTEGER NOT NULL,
    first_seq   INTEGER,
    last_seq    INTEGER,
    imported_at TEXT    NOT NULL
);

-- The consent ledger: append-only and hash-chained. payload is the event's canonical JSON;
-- hash = SHA-256(prev_hash, seq, payload). The other columns repeat payload fields for indexing
-- and are checked against it by 'ledger verify'.
CREATE TABLE ledger (
    seq          INTEGER PRIMARY KEY,
    type         TEXT    NOT NULL,
    member_id    TEXT    NOT NULL,
    objection_id TEXT,
    at           TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL,
    import_id    INTEGER NOT NULL REFERENCES imports (id)
);
CREATE INDEX ledger_by_member ON ledger (member_id, seq);
CREATE UNIQUE INDEX ledger_objection_filed ON ledger (objection_id) WHERE type = 'objection-filed';

-- The program has no update or delete path for the ledger; these make the database refuse one too.
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;
