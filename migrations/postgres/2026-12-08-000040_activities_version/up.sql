-- Counts staff's changes to a cohort's activities: read with the cohort on
-- every member page, it names the state of the cohort's published activities,
-- so the list members' to-do pages are built from is kept in memory until it
-- moves and never after.
ALTER TABLE cohorts ADD COLUMN activities_version BIGINT NOT NULL DEFAULT 0;
