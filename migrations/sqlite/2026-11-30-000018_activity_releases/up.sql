-- An activity's released figures (noisy, docs/PRIVACY.md): made once, after
-- it closes, and what observers and exports read of it.
CREATE TABLE activity_releases (
    activity_id BIGINT PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
    made_at TIMESTAMP NOT NULL,
    figures TEXT NOT NULL
);
