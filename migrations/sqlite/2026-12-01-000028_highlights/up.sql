-- Staff pin the posts worth keeping to the cohort's highlights board.
ALTER TABLE posts ADD COLUMN highlighted_at TIMESTAMP;
ALTER TABLE posts ADD COLUMN highlighted_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX posts_highlighted ON posts (cohort_id, highlighted_at) WHERE highlighted_at IS NOT NULL;
