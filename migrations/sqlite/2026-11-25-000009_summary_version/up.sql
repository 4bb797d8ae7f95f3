-- Raised by every change to a cohort's aggregates other than a new post (which
-- changes the count of posts instead): with that count it names one state of
-- the summary, so a worked-out summary can be kept until either moves.
ALTER TABLE cohorts ADD COLUMN stats_version BIGINT NOT NULL DEFAULT 0;
-- The members' feed and its page count read only visible posts.
CREATE INDEX posts_cohort_visible ON posts (cohort_id, created_at DESC, id DESC) WHERE hidden_at IS NULL;
