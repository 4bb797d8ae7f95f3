ALTER TABLE users DROP COLUMN last_digest_at;
ALTER TABLE members DROP COLUMN nudges_off_at;
ALTER TABLE members DROP COLUMN last_nudged_at;
ALTER TABLE invites DROP COLUMN reminders_off_at;
ALTER TABLE invites DROP COLUMN last_reminded_at;
ALTER TABLE invites DROP COLUMN reminders_sent;
