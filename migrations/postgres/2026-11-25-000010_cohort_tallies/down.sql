DROP TRIGGER posts_tally ON posts;
DROP FUNCTION posts_tally();
DROP TABLE cohort_tallies;
