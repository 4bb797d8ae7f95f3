DROP TRIGGER posts_tally_insert;
DROP TRIGGER posts_tally_update;
DROP TRIGGER posts_tally_delete;
DROP TABLE cohort_tallies;
