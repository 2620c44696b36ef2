-- A dataset published at a path replaces the one published there before (build --force): the older
-- row stays, with its member lineage, because its data was used; replaced_by names the dataset that
-- took its place. At most one row per path has no replaced_by: the dataset there now.
ALTER TABLE datasets ADD COLUMN replaced_by TEXT;
CREATE INDEX datasets_by_path ON datasets (path);

-- Rows that two builds of one path left before builds took a lock on their output: each is replaced
-- by the next one published at its path.
UPDATE datasets SET replaced_by = (
    SELECT n.id FROM datasets n
    WHERE n.path = datasets.path AND (n.created_at > datasets.created_at OR (n.created_at = datasets.created_at AND n.id > datasets.id))
    ORDER BY n.created_at, n.id LIMIT 1);
