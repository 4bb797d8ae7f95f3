-- Activities: what a brand asks its cohort. An activity holds 1 to 10 tasks;
-- a member's answers to all of them are one response, written once per
-- one-time key and changed in place until the activity is due.
ALTER TABLE brands ADD COLUMN participation_target INTEGER NOT NULL DEFAULT 75;

CREATE TABLE activities (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    instructions TEXT NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    due_at TIMESTAMP NOT NULL,
    closes_at TIMESTAMP,
    -- Who is asked: one city (or age band label) per line; empty asks everyone.
    audience_cities TEXT NOT NULL,
    audience_bands TEXT NOT NULL,
    visibility TEXT NOT NULL,
    -- NULL while a draft.
    published_at TIMESTAMP,
    display_key TEXT,
    thumb_key TEXT,
    responses INTEGER NOT NULL DEFAULT 0,
    opened_mail_at TIMESTAMP,
    reminders_sent INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX activities_cohort ON activities (cohort_id, starts_at);

CREATE TABLE activity_tasks (
    id BIGSERIAL PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    -- Poll options or cards, one per line.
    options TEXT NOT NULL,
    allow_other BOOLEAN NOT NULL DEFAULT FALSE,
    max_photos INTEGER NOT NULL DEFAULT 0,
    product_id BIGINT REFERENCES products(id) ON DELETE RESTRICT,
    days_after_receipt INTEGER NOT NULL DEFAULT 0,
    UNIQUE (activity_id, position)
);

CREATE TABLE activity_responses (
    id BIGSERIAL PRIMARY KEY,
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    -- One answer per task, as JSON.
    answers TEXT NOT NULL,
    submission_key TEXT UNIQUE,
    answered_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (activity_id, member_id)
);
CREATE INDEX activity_responses_member ON activity_responses (member_id);
CREATE INDEX activity_responses_cohort ON activity_responses (cohort_id, updated_at);

-- Photos sent with a response, handled like post photos.
CREATE TABLE answer_photos (
    id BIGSERIAL PRIMARY KEY,
    response_id BIGINT NOT NULL REFERENCES activity_responses(id) ON DELETE CASCADE,
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    task_position INTEGER NOT NULL,
    position INTEGER NOT NULL,
    display_key TEXT NOT NULL,
    thumb_key TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL
);
CREATE INDEX answer_photos_response ON answer_photos (response_id);

-- The maintained aggregates a report reads: per task (-1: the activity as a
-- whole), city and age band, how many answers fell in each slot and value
-- (a poll option; a card and its rank or stars), and a sum (sentiment). Each
-- task is also counted over all cells, with city and age band empty.
CREATE TABLE activity_stats (
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    task_position INTEGER NOT NULL,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    slot INTEGER NOT NULL,
    value INTEGER NOT NULL,
    answers BIGINT NOT NULL,
    total DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (activity_id, task_position, city, age_band, slot, value)
);
