-- Raised by every change to an activity, its tasks or its answers, and to a
-- cohort's members (a join or a leave): an activity's report is worked out
-- once per pair of versions and kept.
ALTER TABLE activities ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE cohorts ADD COLUMN roster_version BIGINT NOT NULL DEFAULT 0;
