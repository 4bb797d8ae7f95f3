ALTER TABLE invites DROP COLUMN language;
