-- Reminders to invited people who have not joined (at most two), nudges to
-- members who have not posted for a while (which they can turn off), and the
-- managers' weekly digest. Each "last sent" stamp is also the claim that keeps
-- two app instances from sending the same message.
ALTER TABLE invites ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invites ADD COLUMN last_reminded_at TIMESTAMP;
ALTER TABLE invites ADD COLUMN reminders_off_at TIMESTAMP;
ALTER TABLE members ADD COLUMN last_nudged_at TIMESTAMP;
ALTER TABLE members ADD COLUMN nudges_off_at TIMESTAMP;
ALTER TABLE users ADD COLUMN last_digest_at TIMESTAMP;
