-- The ledger's own id: created once, with the schema, and never changed. Anchors published
-- outside the database ('ledger anchor') name it, so an anchor is never checked against the
-- wrong ledger, and a database replaced by another one does not pass for the original.
CREATE TABLE ledger_identity (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    id          TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
INSERT INTO ledger_identity (singleton, id, created_at)
    VALUES (1, md5(random()::text || clock_timestamp()::text || pg_backend_pid()::text),
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
CREATE FUNCTION consentry_ledger_identity_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger id never changes';
END;
$$;
CREATE TRIGGER ledger_identity_fixed BEFORE UPDATE OR DELETE ON ledger_identity
    FOR EACH ROW EXECUTE FUNCTION consentry_ledger_identity_fixed();

-- Where the last verification of the chain ended: entry seq with hash. Verification re-hashes
-- only the entries after it, once it has checked that the chain still holds this hash at seq and
-- exactly seq entries up to it. It only moves forward.
CREATE TABLE ledger_checkpoint (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    seq         BIGINT  NOT NULL,
    hash        TEXT    NOT NULL,
    verified_at TEXT    NOT NULL
);
CREATE FUNCTION consentry_ledger_checkpoint_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'the ledger checkpoint only moves forward';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_checkpoint_forward_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION consentry_ledger_checkpoint_forward_only();
