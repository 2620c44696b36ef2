-- The member registry: mutable (a re-import updates a member); number is stable and dense,
-- and lineage bitmaps are built over it.
CREATE TABLE members (
    number      BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    records     BIGINT  NOT NULL,
    first_seq   BIGINT,
    last_seq    BIGINT,
    imported_at TEXT    NOT NULL
);

-- The consent ledger: append-only and hash-chained. payload is the event's canonical JSON;
-- hash = SHA-256(prev_hash, seq, payload). The other columns repeat payload fields for indexing
-- and are checked against it by 'ledger verify'.
CREATE TABLE ledger (
    seq          BIGINT  PRIMARY KEY,
    type         TEXT    NOT NULL,
    member_id    TEXT    NOT NULL,
    objection_id TEXT,
    at           TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL,
    import_id    BIGINT  NOT NULL REFERENCES imports (id)
);
CREATE INDEX ledger_by_member ON ledger (member_id, seq);
CREATE UNIQUE INDEX ledger_objection_filed ON ledger (objection_id) WHERE type = 'objection-filed';

-- The program has no update or delete path for the ledger; these make the database refuse one too.
CREATE FUNCTION consentry_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the consent ledger is append-only';
END;
$$;
CREATE TRIGGER ledger_no_update BEFORE UPDATE OR DELETE ON ledger
    FOR EACH ROW EXECUTE FUNCTION consentry_ledger_append_only();
CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger
    FOR EACH STATEMENT EXECUTE FUNCTION consentry_ledger_append_only();
