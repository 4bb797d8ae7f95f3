-- A cohort's post counts and a version raised by every change to its posts, kept
-- by the database itself (triggers), whichever program writes the posts. They are
-- read in place of counting posts: the feed's page count, and the state of the
-- data a kept summary was worked out from. Rows are split by member (shard =
-- member_id % 8), so the sums are over a handful of rows.
CREATE TABLE cohort_tallies (
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    shard INTEGER NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    posts BIGINT NOT NULL DEFAULT 0,
    shown BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_id, shard)
);
INSERT INTO cohort_tallies (cohort_id, shard, version, posts, shown)
SELECT cohort_id, member_id % 8, count(*), count(*), count(*) - count(hidden_at)
FROM posts GROUP BY cohort_id, member_id % 8;
-- A post's shard row exists from its insert on (or from the lines above), so a
-- change or a deletion updates it; a cohort's deletion takes its rows with it.
CREATE TRIGGER posts_tally_insert AFTER INSERT ON posts BEGIN
    INSERT INTO cohort_tallies (cohort_id, shard, version, posts, shown)
    VALUES (NEW.cohort_id, NEW.member_id % 8, 1, 1, NEW.hidden_at IS NULL)
    ON CONFLICT (cohort_id, shard) DO UPDATE SET version = version + 1,
        posts = posts + 1, shown = shown + excluded.shown;
END;
CREATE TRIGGER posts_tally_update AFTER UPDATE ON posts BEGIN
    UPDATE cohort_tallies SET version = version + 1,
        shown = shown + (NEW.hidden_at IS NULL) - (OLD.hidden_at IS NULL)
    WHERE cohort_id = OLD.cohort_id AND shard = OLD.member_id % 8;
END;
CREATE TRIGGER posts_tally_delete AFTER DELETE ON posts BEGIN
    UPDATE cohort_tallies SET version = version + 1, posts = posts - 1,
        shown = shown - (OLD.hidden_at IS NULL)
    WHERE cohort_id = OLD.cohort_id AND shard = OLD.member_id % 8;
END;
-- cohorts.stats_version (which the previous release raises) stays until no
-- instance of that release runs: migrations only add.
