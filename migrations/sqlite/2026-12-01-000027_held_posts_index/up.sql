-- Posts held back automatically and not yet looked at, per cohort: the brand's
-- home counts them on every visit, and the reports page lists them.
CREATE INDEX posts_held ON posts (cohort_id, hidden_at) WHERE hidden_at IS NOT NULL AND hidden_by IS NULL;
