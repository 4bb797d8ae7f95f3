-- Reminders to a member whose product test falls due after its activity: at
-- most two each, counted here so several instances send each once.
CREATE TABLE tester_reminders (
    activity_id BIGINT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    sent INTEGER NOT NULL,
    PRIMARY KEY (activity_id, member_id)
);
