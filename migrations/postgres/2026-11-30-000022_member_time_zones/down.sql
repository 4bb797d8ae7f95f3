ALTER TABLE members DROP COLUMN time_zone;
