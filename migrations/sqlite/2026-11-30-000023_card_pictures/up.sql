-- A picture of one card of a ranking or rating task (the card by its place).
CREATE TABLE card_pictures (
    task_id BIGINT NOT NULL REFERENCES activity_tasks(id) ON DELETE CASCADE,
    card INTEGER NOT NULL,
    display_key TEXT NOT NULL,
    thumb_key TEXT NOT NULL,
    PRIMARY KEY (task_id, card)
);
