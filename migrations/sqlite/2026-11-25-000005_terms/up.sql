-- How many of each member's visible posts use each term (a word or a two-word
-- phrase, stop words removed), kept in step with the posts like post_stats.
-- Themes are computed from here.
CREATE TABLE term_stats (
    id INTEGER PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    product TEXT NOT NULL,
    term TEXT NOT NULL,
    posts INTEGER NOT NULL DEFAULT 0,
    UNIQUE (cohort_id, member_id, age_band, product, term)
);
CREATE INDEX term_stats_cohort ON term_stats (cohort_id);
