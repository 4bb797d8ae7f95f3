ALTER TABLE brands DROP COLUMN logo_key;
