ALTER TABLE brands DROP COLUMN catalogue_version;
