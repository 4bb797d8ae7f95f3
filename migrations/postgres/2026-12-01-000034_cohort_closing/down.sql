ALTER TABLE cohorts DROP COLUMN delete_at;
ALTER TABLE cohorts DROP COLUMN closed_at;
