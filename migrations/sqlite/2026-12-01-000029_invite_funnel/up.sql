-- Each personal invitation's way to a member: the mail that carried it (sent
-- or not, as the outbox says) and when its link was first opened.
ALTER TABLE invites ADD COLUMN mail_id BIGINT REFERENCES outbox (id) ON DELETE SET NULL;
ALTER TABLE invites ADD COLUMN opened_at TIMESTAMP;
