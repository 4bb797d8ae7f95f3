ALTER TABLE cohorts DROP COLUMN roster_version;
ALTER TABLE activities DROP COLUMN version;
