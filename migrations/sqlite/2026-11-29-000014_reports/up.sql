-- Members report posts to the cohort's staff; reports wait in a queue until
-- staff hide the post or keep it. One report per member and post.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    reporter_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason IN ('bullying', 'personal details', 'inappropriate', 'spam', 'other')),
    created_at TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP,
    UNIQUE (post_id, reporter_id)
);
CREATE INDEX reports_open ON reports (cohort_id, created_at) WHERE resolved_at IS NULL;
