ALTER TABLE invites DROP COLUMN link_seed;
