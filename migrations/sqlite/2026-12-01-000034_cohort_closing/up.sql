-- When staff closed the cohort (members read it but no longer post, nobody joins) and when it is to be deleted with everything in it: the retention (CLOSED_COHORT_DAYS) stated when it closed.
ALTER TABLE cohorts ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE cohorts ADD COLUMN delete_at TIMESTAMP;
