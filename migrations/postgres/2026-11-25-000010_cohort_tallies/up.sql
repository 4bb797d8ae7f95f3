-- A cohort's post counts and a version raised by every change to its posts, kept
-- in a few rows per cohort (by member) so members posting at once do not queue
-- on one row. Their sums are read in place of counting posts: the feed's page
-- count, and the state of the data a kept summary was worked out from.
CREATE TABLE cohort_tallies (
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    shard INTEGER NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    posts BIGINT NOT NULL DEFAULT 0,
    shown BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_id, shard)
);
INSERT INTO cohort_tallies (cohort_id, shard, version, posts, shown)
SELECT cohorts.id, 0, cohorts.stats_version + count(posts.id), count(posts.id),
       count(posts.id) - count(posts.hidden_at)
FROM cohorts LEFT JOIN posts ON posts.cohort_id = cohorts.id
GROUP BY cohorts.id, cohorts.stats_version;
ALTER TABLE cohorts DROP COLUMN stats_version;
