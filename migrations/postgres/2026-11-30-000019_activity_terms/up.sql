-- The terms of each text task's answers (words and two-word phrases, stop
-- words left out), counted per answer and kept with every answer: what the
-- report's themes are read from.
CREATE TABLE activity_terms (
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    task_position INTEGER NOT NULL,
    term TEXT NOT NULL,
    answers BIGINT NOT NULL,
    PRIMARY KEY (activity_id, task_position, term)
);
