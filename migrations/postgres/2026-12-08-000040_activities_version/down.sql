ALTER TABLE cohorts DROP COLUMN activities_version;
