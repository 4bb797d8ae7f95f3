ALTER TABLE cohorts ADD COLUMN stats_version BIGINT NOT NULL DEFAULT 0;
UPDATE cohorts SET stats_version = (SELECT COALESCE(SUM(version), 0) FROM cohort_tallies WHERE cohort_tallies.cohort_id = cohorts.id);
DROP TABLE cohort_tallies;
