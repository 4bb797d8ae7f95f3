-- Photos of a post: two re-encoded JPEG files each (display size and thumbnail),
-- stored by random names; the rows go with their post or member.
CREATE TABLE photos (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    display_key TEXT NOT NULL UNIQUE,
    thumb_key TEXT NOT NULL UNIQUE,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX photos_post ON photos (post_id, position);
CREATE INDEX photos_member ON photos (member_id);
