DROP INDEX posts_cohort_visible;
ALTER TABLE cohorts DROP COLUMN stats_version;
