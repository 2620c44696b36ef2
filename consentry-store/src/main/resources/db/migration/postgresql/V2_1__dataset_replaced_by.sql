-- A dataset published at a path replaces the one published there before (build --force): the older
-- row stays, with its member lineage, because its data was used; replaced_by names the dataset that
-- took its place. At most one row per path has no replaced_by: the dataset there now.
ALTER TABLE datasets ADD COLUMN replaced_by TEXT;
CREATE INDEX datasets_by_path ON datasets (path);
