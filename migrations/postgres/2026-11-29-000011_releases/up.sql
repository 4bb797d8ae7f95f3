-- Released figures (docs/PRIVACY.md): what observers, exports and digests read.
-- One row per cohort and period, made once, after the period ends, with random
-- noise in every figure; the noise's seed is not kept, so no one can take it out.
-- Each brand chooses how much privacy its releases spend: ε per member a month.
ALTER TABLE brands ADD COLUMN epsilon_per_month DOUBLE PRECISION NOT NULL DEFAULT 4.0;
CREATE TABLE releases (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    period_start TIMESTAMP NOT NULL,
    period_end TIMESTAMP NOT NULL,
    made_at TIMESTAMP NOT NULL,
    -- The noisy cells, k and ε, as JSON (summary::release::Release).
    figures TEXT NOT NULL,
    UNIQUE (cohort_id, period_end)
);
