ALTER TABLE invites DROP COLUMN opened_at;
ALTER TABLE invites DROP COLUMN mail_id;
