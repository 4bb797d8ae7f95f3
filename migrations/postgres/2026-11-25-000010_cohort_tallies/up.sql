-- A cohort's post counts and a version raised by every change to its posts, kept
-- by the database itself (a trigger), whichever program writes the posts. They
-- are read in place of counting posts: the feed's page count, and the state of
-- the data a kept summary was worked out from. Rows are split by member (shard =
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
CREATE FUNCTION posts_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO cohort_tallies (cohort_id, shard, version, posts, shown)
        VALUES (NEW.cohort_id, NEW.member_id % 8, 1, 1, (NEW.hidden_at IS NULL)::int)
        ON CONFLICT (cohort_id, shard) DO UPDATE SET version = cohort_tallies.version + 1,
            posts = cohort_tallies.posts + 1, shown = cohort_tallies.shown + excluded.shown;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE cohort_tallies SET version = version + 1,
            shown = shown + (NEW.hidden_at IS NULL)::int - (OLD.hidden_at IS NULL)::int
        WHERE cohort_id = OLD.cohort_id AND shard = OLD.member_id % 8;
    ELSE
        UPDATE cohort_tallies SET version = version + 1, posts = posts - 1,
            shown = shown - (OLD.hidden_at IS NULL)::int
        WHERE cohort_id = OLD.cohort_id AND shard = OLD.member_id % 8;
    END IF;
    RETURN NULL;
END
$$;
-- Deferred to the commit: the row's lock is then held only while the
-- transaction commits, not through the rest of a post's writes.
CREATE CONSTRAINT TRIGGER posts_tally AFTER INSERT OR UPDATE OR DELETE ON posts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION posts_tally();
-- cohorts.stats_version (which the previous release raises) stays until no
-- instance of that release runs: migrations only add.
