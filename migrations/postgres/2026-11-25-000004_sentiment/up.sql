-- Each post's sentiment, scored in the transaction that writes it. A manager's
-- correction is kept beside the scorer's label and wins in every figure.
ALTER TABLE posts ADD COLUMN sentiment_score DOUBLE PRECISION;
ALTER TABLE posts ADD COLUMN sentiment_label TEXT NOT NULL DEFAULT 'neutral';
ALTER TABLE posts ADD COLUMN language TEXT NOT NULL DEFAULT 'und';
ALTER TABLE posts ADD COLUMN label_override TEXT;

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    actor_id BIGINT REFERENCES users(id) ON DELETE SET NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    brand_id BIGINT REFERENCES brands(id) ON DELETE SET NULL,
    subject TEXT NOT NULL,
    details TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at DESC);

-- The summary's maintained aggregates: one row per member, kind of post, product
-- and week, kept in step with the posts in the same transactions. Figures are
-- read from here, so their cost follows members and weeks, not posts.
CREATE TABLE post_stats (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    kind TEXT NOT NULL,
    product TEXT NOT NULL,
    week TEXT NOT NULL,
    posts INTEGER NOT NULL DEFAULT 0,
    scored INTEGER NOT NULL DEFAULT 0,
    score_sum DOUBLE PRECISION NOT NULL DEFAULT 0,
    positive INTEGER NOT NULL DEFAULT 0,
    neutral INTEGER NOT NULL DEFAULT 0,
    negative INTEGER NOT NULL DEFAULT 0,
    unscored INTEGER NOT NULL DEFAULT 0,
    ratings INTEGER NOT NULL DEFAULT 0,
    rating_sum INTEGER NOT NULL DEFAULT 0,
    rated_1 INTEGER NOT NULL DEFAULT 0,
    rated_2 INTEGER NOT NULL DEFAULT 0,
    rated_3 INTEGER NOT NULL DEFAULT 0,
    rated_4 INTEGER NOT NULL DEFAULT 0,
    rated_5 INTEGER NOT NULL DEFAULT 0,
    UNIQUE (cohort_id, member_id, age_band, kind, product, week)
);
CREATE INDEX post_stats_cohort ON post_stats (cohort_id, week);
